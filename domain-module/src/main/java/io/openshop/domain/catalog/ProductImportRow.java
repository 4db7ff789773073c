package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.TextRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One product of a bulk import, as the catalog's rules accept it: its SKU (the key an import
 * upserts by), name, description, category, price, status, tax class and weight, and optionally
 * its product type with attribute values, its options, its prices in price lists and its stock
 * per warehouse. Read from a CSV line or a JSON object with the same names ({@link #COLUMNS}); in
 * CSV the maps are written {@code key=value;key=value}, and an option's values are separated by
 * {@code |} ({@code size=S|M|L;colour=Red|Blue}). A product with options has its stock on its
 * variants' rows ({@link VariantImportRow}), never on its own. Everything that can be checked
 * without the database is checked here; what names other things (the category, the type's
 * attributes, price lists, warehouses) is checked by {@link ImportReferences}.
 */
public record ProductImportRow(Sku sku, String name, String description, String category, String type,
                               Map<String, String> attributes, List<OptionSpec> options, Money price, ProductStatus status,
                               String taxClass, int weightGrams, Map<String, BigDecimal> prices, Map<String, Integer> stock) {

    /** The columns of an import file, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of("sku", "product", "name", "description", "category", "price",
            "currency", "status", "tax_class", "weight_grams", "type", "attributes", "options", "prices", "stock");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);
    static final int MAX_STOCK = 1_000_000_000;

    public ProductImportRow {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        options = List.copyOf(options);
        prices = Collections.unmodifiableMap(new LinkedHashMap<>(prices));
        stock = Collections.unmodifiableMap(new LinkedHashMap<>(stock));
    }

    /**
     * A row from its fields by column name (blank or missing fields are absent).
     *
     * @throws InvalidInputException naming the first field that breaks a rule
     */
    public static ProductImportRow of(Map<String, String> fields) {
        knownColumns(fields);
        if (present(fields, "product")) {
            throw new InvalidInputException("product", "names a variant's product: the row is a variant row (VariantImportRow)");
        }
        Sku sku = Sku.parse(required(fields, "sku"));
        String name = TextRules.name("name", required(fields, "name"), Product.MAX_NAME_LENGTH);
        String description = TextRules.optionalMultiline("description", fields.get("description"), Product.MAX_DESCRIPTION_LENGTH);
        String category = slug("category", required(fields, "category"));
        Money price;
        try {
            price = Money.of(required(fields, "price"), required(fields, "currency").toUpperCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("price", "must be a decimal amount such as 19.90");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR");
        }
        if (price.isNegative()) {
            throw new InvalidInputException("price", "must be zero or more");
        }
        if (new BigDecimal(fields.get("price").strip()).scale() > price.amount().scale()) {
            throw new InvalidInputException("price", "has more decimals than " + price.currency().getCurrencyCode() + " has");
        }
        ProductStatus status = ProductStatus.parse("status", fields.get("status"), ProductStatus.PUBLISHED);
        String taxClass = present(fields, "tax_class") ? fields.get("tax_class").strip().toLowerCase(Locale.ROOT) : "standard";
        if (!taxClass.matches("[a-z][a-z0-9-]{0,19}")) {
            throw new InvalidInputException("tax_class", "must be a tax class code such as standard or reduced");
        }
        int weight = present(fields, "weight_grams") ? integer("weight_grams", fields.get("weight_grams"), 1_000_000) : 500;
        String type = present(fields, "type") ? slug("type", fields.get("type")) : null;
        Map<String, String> attributes = pairs("attributes", fields.get("attributes"));
        if (type == null && !attributes.isEmpty()) {
            throw new InvalidInputException("attributes", "need the product's type");
        }
        List<OptionSpec> options = options(fields.get("options"));
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        pairs("prices", fields.get("prices")).forEach((list, amount) -> {
            try {
                BigDecimal value = new BigDecimal(amount);
                if (value.signum() < 0 || value.scale() > 4) {
                    throw new NumberFormatException();
                }
                prices.put(slug("prices", list), value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("prices." + list, "must be an amount of zero or more");
            }
        });
        Map<String, Integer> stock = stock(fields.get("stock"));
        if (!options.isEmpty() && !stock.isEmpty()) {
            throw new InvalidInputException("stock", "a product with options has its stock per variant, on its variants' rows");
        }
        return new ProductImportRow(sku, name, description == null ? "" : description, category, type, attributes, options, price,
                status, taxClass, weight, prices, stock);
    }

    /**
     * Whether the fields are a variant's row (one that names its product) rather than a product's.
     *
     * @throws InvalidInputException on a column an import does not have
     */
    public static boolean isVariantRow(Map<String, String> fields) {
        knownColumns(fields);
        return present(fields, "product");
    }

    /**
     * The address a product created by an import gets: its name's slug and its SKU, so that two
     * products of the same name in one file get two addresses.
     */
    public Slug slug() {
        String base = Slug.fromName(name).value();
        String suffix = "-" + sku.value().toLowerCase(Locale.ROOT);
        return new Slug((base.length() + suffix.length() > Slug.MAX_LENGTH ? base.substring(0, Slug.MAX_LENGTH - suffix.length()) : base)
                .replaceAll("-+$", "") + suffix);
    }

    private static void knownColumns(Map<String, String> fields) {
        for (String column : fields.keySet()) {
            if (!KNOWN.contains(column)) {
                throw new InvalidInputException(column, "is not a column of a product import (" + String.join(", ", COLUMNS) + ")");
            }
        }
    }

    /** "size=S|M|L;colour=Red|Blue": each option's label is its code's words ("eu-size" is "Eu size"). */
    private static List<OptionSpec> options(String text) {
        List<OptionSpec> options = new ArrayList<>();
        pairs("options", text).forEach((code, values) -> {
            List<String> list = Arrays.stream(values.split("\\|", -1)).map(String::strip).toList();
            String label = code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('-', ' ');
            options.add(new OptionSpec(code, label, list));
        });
        if (options.size() > Product.MAX_OPTIONS) {
            throw new InvalidInputException("options", "a product has at most " + Product.MAX_OPTIONS + " options");
        }
        return options;
    }

    /** "berlin=7;rotterdam=0": quantities by warehouse code. */
    static Map<String, Integer> stock(String text) {
        Map<String, Integer> stock = new LinkedHashMap<>();
        pairs("stock", text).forEach((warehouse, quantity) ->
                stock.put(slug("stock", warehouse), integer("stock." + warehouse, quantity, MAX_STOCK)));
        return stock;
    }

    /** "colour=red;size=M" as an ordered map; blank is empty. */
    static Map<String, String> pairs(String field, String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return pairs;
        }
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(field, "must be key=value pairs separated by ';', not '" + pair.strip() + "'");
            }
            String key = pair.substring(0, eq).strip();
            if (pairs.put(key, pair.substring(eq + 1).strip()) != null) {
                throw new InvalidInputException(field, "names '" + key + "' twice");
            }
        }
        return pairs;
    }

    private static String slug(String field, String text) {
        String value = text.strip();
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 120) {
            throw new InvalidInputException(field, "'" + value + "' is not a code (lowercase letters and digits joined by hyphens)");
        }
        return value;
    }

    private static int integer(String field, String text, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0 || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number from 0 to " + max);
        }
    }

    static boolean present(Map<String, String> fields, String name) {
        return fields.get(name) != null && !fields.get(name).isBlank();
    }

    static String required(Map<String, String> fields, String name) {
        if (!present(fields, name)) {
            throw new InvalidInputException(name, "is required");
        }
        return fields.get(name).strip();
    }
}
