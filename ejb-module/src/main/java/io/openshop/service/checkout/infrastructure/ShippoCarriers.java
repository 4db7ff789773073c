package io.openshop.service.checkout.infrastructure;

import io.openshop.domain.checkout.CarrierRate;
import io.openshop.domain.checkout.Carriers;
import io.openshop.domain.checkout.Parcel;
import io.openshop.domain.order.TrackingStatus;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.service.checkout.ProviderMetrics.Call;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Live rates and tracking from Shippo: a shipment from the shop's origin to the address, one
 * parcel of the cart's weight, answered synchronously ({@code async=false}) with each carrier's
 * rates; and a track by carrier and tracking number. Rates in another currency than the cart's
 * are left out (the shop never converts a carrier's price).
 */
@ApplicationScoped
public class ShippoCarriers implements Carriers {

    private static final Logger LOG = Logger.getLogger(ShippoCarriers.class.getName());

    @Inject
    ProviderSettings settings;

    @Inject
    ProviderAnswers answers;

    @Override
    public Optional<List<CarrierRate>> rates(Parcel parcel) {
        if (!settings.carriersOn()) {
            return Optional.empty();
        }
        JsonObject shipment = Json.createObjectBuilder()
                .add("address_from", address(settings.origin()))
                .add("address_to", address(parcel.to()))
                .add("parcels", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("length", "30").add("width", "20").add("height", "15").add("distance_unit", "cm")
                        .add("weight", BigDecimal.valueOf(Math.max(parcel.weightGrams(), 1)).movePointLeft(3)
                                .setScale(3, RoundingMode.UP).toPlainString())
                        .add("mass_unit", "kg")))
                .add("async", false)
                .build();
        String currency = parcel.value().currency().getCurrencyCode();
        return answers.shippo(Call.CARRIER_RATES, (api, token) -> api.createShipment(token, shipment),
                answer -> rates(answer, currency));
    }

    static List<CarrierRate> rates(JsonObject shipment, String currency) {
        List<CarrierRate> rates = new ArrayList<>();
        for (JsonValue value : shipment.getJsonArray("rates")) {
            JsonObject rate = value.asJsonObject();
            Optional<Money> price = price(rate, "amount", "currency", currency)
                    .or(() -> price(rate, "amount_local", "currency_local", currency));
            JsonObject level = rate.containsKey("servicelevel") && rate.get("servicelevel").getValueType() == JsonValue.ValueType.OBJECT
                    ? rate.getJsonObject("servicelevel") : JsonValue.EMPTY_JSON_OBJECT;
            Optional<String> provider = ProviderSettings.text(rate, "provider");
            Optional<String> token = ProviderSettings.text(level, "token");
            if (price.isEmpty() || provider.isEmpty() || token.isEmpty()) {
                continue;
            }
            Integer days = rate.containsKey("estimated_days") && rate.get("estimated_days").getValueType() == JsonValue.ValueType.NUMBER
                    ? rate.getInt("estimated_days") : null;
            String name = provider.get() + " " + ProviderSettings.text(level, "name").orElse(token.get());
            try {
                rates.add(new CarrierRate(CarrierRate.token(provider.get()), CarrierRate.token(token.get()), name, price.get(), days));
            } catch (IllegalArgumentException e) {
                LOG.fine(() -> "A Shippo rate the shop cannot name was left out: " + rate);
            }
        }
        return rates;
    }

    private static Optional<Money> price(JsonObject rate, String amount, String currencyField, String currency) {
        return ProviderSettings.text(rate, currencyField).filter(c -> c.equalsIgnoreCase(currency))
                .flatMap(c -> ProviderSettings.text(rate, amount))
                .map(a -> Money.of(new BigDecimal(a), java.util.Currency.getInstance(currency.toUpperCase(Locale.ROOT))));
    }

    @Override
    public Optional<TrackingStatus> track(String carrier, String trackingNumber) {
        if (!settings.carriersOn()) {
            return Optional.empty();
        }
        return answers.shippo(Call.CARRIER_TRACKING, (api, token) -> api.track(token, carrier, trackingNumber),
                ShippoCarriers::status);
    }

    static TrackingStatus status(JsonObject track) {
        JsonObject status = track.getJsonObject("tracking_status");
        if (status == null) {
            return TrackingStatus.UNKNOWN;
        }
        try {
            return TrackingStatus.valueOf(status.getString("status", "UNKNOWN").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return TrackingStatus.UNKNOWN;
        }
    }

    /** An address as Shippo's address objects have it. */
    static JsonObject address(PostalAddress a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", a.getName()).add("street1", a.getLine1());
        if (a.getLine2() != null) {
            b.add("street2", a.getLine2());
        }
        return b.add("city", a.getCity()).add("zip", a.getPostalCode()).add("country", a.getCountry()).build();
    }
}
