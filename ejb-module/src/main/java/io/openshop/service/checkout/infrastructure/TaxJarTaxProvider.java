package io.openshop.service.checkout.infrastructure;

import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.checkout.TaxProvider;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.service.checkout.ProviderMetrics.Call;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tax rates from TaxJar's {@code POST /v2/taxes}: the order from the shop's origin to the address,
 * its lines by SKU, and shipping. The shop takes each line's {@code combined_tax_rate} from the
 * breakdown and shipping's (or the order's rate when freight is taxable and the breakdown has no
 * shipping part); where TaxJar says the shop has no nexus, it collects nothing. A line the answer
 * does not name keeps the shop's own rate.
 */
@ApplicationScoped
public class TaxJarTaxProvider implements TaxProvider {

    @Inject
    ProviderSettings settings;

    @Inject
    ProviderAnswers answers;

    @Override
    public Optional<Rates> rates(PostalAddress to, List<PricingLine> lines, Money shipping) {
        if (!settings.taxOn()) {
            return Optional.empty();
        }
        PostalAddress from = settings.origin();
        JsonArrayBuilder items = Json.createArrayBuilder();
        BigDecimal amount = BigDecimal.ZERO;
        for (PricingLine line : lines) {
            items.add(Json.createObjectBuilder().add("id", line.sku()).add("quantity", line.quantity())
                    .add("unit_price", line.unitPrice().amount()));
            amount = amount.add(line.subtotal().amount());
        }
        JsonObject order = Json.createObjectBuilder()
                .add("from_country", from.getCountry()).add("from_zip", from.getPostalCode()).add("from_city", from.getCity())
                .add("from_street", from.getLine1())
                .add("to_country", to.getCountry()).add("to_zip", to.getPostalCode()).add("to_city", to.getCity())
                .add("to_street", to.getLine1())
                .add("amount", amount).add("shipping", shipping.amount())
                .add("line_items", items)
                .build();
        return answers.taxJar(Call.TAX, (api, token) -> api.taxes(token, order),
                TaxJarTaxProvider::rates);
    }

    static Rates rates(JsonObject answer) {
        JsonObject tax = answer.getJsonObject("tax");
        if (!tax.getBoolean("has_nexus", true)) {
            return new Rates(Map.of(), BigDecimal.ZERO);
        }
        JsonObject breakdown = object(tax, "breakdown");
        Map<String, BigDecimal> lines = new HashMap<>();
        if (breakdown.containsKey("line_items") && breakdown.get("line_items").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : breakdown.getJsonArray("line_items")) {
                JsonObject line = item.asJsonObject();
                if (line.containsKey("combined_tax_rate")) {
                    lines.put(line.getString("id"), line.getJsonNumber("combined_tax_rate").bigDecimalValue());
                }
            }
        }
        JsonObject shipping = object(breakdown, "shipping");
        BigDecimal shippingRate = shipping.containsKey("combined_tax_rate")
                ? shipping.getJsonNumber("combined_tax_rate").bigDecimalValue()
                : tax.getBoolean("freight_taxable", false) && tax.containsKey("rate") ? tax.getJsonNumber("rate").bigDecimalValue()
                : BigDecimal.ZERO;
        return new Rates(lines, shippingRate);
    }

    private static JsonObject object(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.OBJECT ? o.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
    }
}
