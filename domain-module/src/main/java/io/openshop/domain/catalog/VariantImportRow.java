package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One variant of a bulk import: the row that names its product (by the product's SKU) and the
 * combination of option values it is ({@code size=M;colour=Red}), and gives that variant its SKU,
 * its own price in the product's currency (none: the product's price) and its stock per
 * warehouse. The product's row, in the same file before it or in the catalog already, says which
 * options there are; a variant row only ever changes a variant its product's options make.
 *
 * @param product  the product's SKU
 * @param sku      the variant's SKU, upserted by: a variant whose SKU differs is given this one
 * @param choice   option code to value, one value per option
 * @param price    the variant's own price, or null for the product's
 * @param currency the currency the row names for its price, or null (then the product's)
 * @param stock    quantity on hand by warehouse code
 */
public record VariantImportRow(Sku product, Sku sku, Map<String, String> choice, BigDecimal price, Currency currency,
                               Map<String, Integer> stock) {

    /** The columns a variant row may fill; the product's other columns are its product's row's. */
    private static final Set<String> OWN = Set.of("sku", "product", "options", "price", "currency", "stock");

    public VariantImportRow {
        choice = Collections.unmodifiableMap(new LinkedHashMap<>(choice));
        stock = Collections.unmodifiableMap(new LinkedHashMap<>(stock));
    }

    /**
     * A variant row from its fields by column name (blank fields are absent).
     *
     * @throws InvalidInputException naming the first field that breaks a rule
     */
    public static VariantImportRow of(Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!OWN.contains(field.getKey()) && field.getValue() != null && !field.getValue().isBlank()) {
                throw new InvalidInputException(field.getKey(), "is a product's column: a variant row (one that names its product)"
                        + " gives only sku, product, options, price, currency and stock");
            }
        }
        Sku sku = Sku.parse(ProductImportRow.required(fields, "sku"));
        Sku product = Sku.parse(ProductImportRow.required(fields, "product"));
        if (product.equals(sku)) {
            throw new InvalidInputException("product", "is the variant's own SKU: a variant row names its product's SKU");
        }
        Map<String, String> choice = ProductImportRow.pairs("options", ProductImportRow.required(fields, "options"));
        for (Map.Entry<String, String> value : choice.entrySet()) {
            if (value.getValue().isEmpty() || value.getValue().contains("|")) {
                throw new InvalidInputException("options", "a variant is one value of each option, such as size=M;colour=Red");
            }
        }
        BigDecimal price = null;
        if (ProductImportRow.present(fields, "price")) {
            try {
                price = new BigDecimal(fields.get("price").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("price", "must be a decimal amount such as 19.90");
            }
            if (price.signum() < 0) {
                throw new InvalidInputException("price", "must be zero or more");
            }
        }
        Currency currency = null;
        if (ProductImportRow.present(fields, "currency")) {
            try {
                currency = Currency.getInstance(fields.get("currency").strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR");
            }
        }
        return new VariantImportRow(product, sku, choice, price, currency, ProductImportRow.stock(fields.get("stock")));
    }

    /** The combination as a variant stores it ({@link Variant#signatureOf}). */
    public String signature() {
        return Variant.signatureOf(choice);
    }
}
