package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an import's rows may name, read once per import: categories, product types (with their
 * attribute definitions), price lists and warehouses by their codes. A row that names one the shop
 * does not have, or an attribute value its type does not allow (an enum value outside its set),
 * is refused on that field, never stored.
 */
public final class ImportReferences {

    private final Map<String, Long> categories;
    private final Map<String, ProductType> types;
    private final Map<String, Long> priceLists;
    private final Map<String, Long> warehouses;

    public ImportReferences(Map<String, Long> categories, Map<String, ProductType> types, Map<String, Long> priceLists,
                            Map<String, Long> warehouses) {
        this.categories = Map.copyOf(categories);
        this.types = Map.copyOf(types);
        this.priceLists = Map.copyOf(priceLists);
        this.warehouses = Map.copyOf(warehouses);
    }

    /** A row with the ids of what it names and its attributes in stored form. */
    public record Resolved(ProductImportRow row, long categoryId, Long typeId, Map<String, String> attributes,
                           Map<Long, BigDecimal> prices, Map<Long, Integer> stock) {

        public Resolved {
            Objects.requireNonNull(row, "row");
        }
    }

    /** A variant's row with the ids of the warehouses it names. */
    public record ResolvedVariant(VariantImportRow row, Map<Long, Integer> stock) {

        public ResolvedVariant {
            Objects.requireNonNull(row, "row");
        }
    }

    /** @throws InvalidInputException naming the warehouse the shop does not have */
    public ResolvedVariant resolve(VariantImportRow row) {
        return new ResolvedVariant(row, stock(row.stock()));
    }

    /** @throws InvalidInputException naming the field whose reference or value the shop does not have */
    public Resolved resolve(ProductImportRow row) {
        Long category = categories.get(row.category());
        if (category == null) {
            throw new InvalidInputException("category", "'" + row.category() + "' is not a category of the shop");
        }
        Long typeId = null;
        Map<String, String> attributes = Map.of();
        if (row.type() != null) {
            ProductType type = types.get(row.type());
            if (type == null) {
                throw new InvalidInputException("type", "'" + row.type() + "' is not a product type of the shop");
            }
            typeId = type.getId();
            attributes = type.validate(row.attributes());
        }
        Map<Long, BigDecimal> prices = new LinkedHashMap<>();
        row.prices().forEach((code, amount) -> prices.put(id(priceLists, "prices." + code, code, "price list"), amount));
        return new Resolved(row, category, typeId, attributes, prices, stock(row.stock()));
    }

    private Map<Long, Integer> stock(Map<String, Integer> byCode) {
        Map<Long, Integer> stock = new LinkedHashMap<>();
        byCode.forEach((code, quantity) -> stock.put(id(warehouses, "stock." + code, code, "warehouse"), quantity));
        return stock;
    }

    private static long id(Map<String, Long> ids, String field, String code, String what) {
        Long id = ids.get(code);
        if (id == null) {
            throw new InvalidInputException(field, "'" + code + "' is not a " + what + " of the shop");
        }
        return id;
    }
}
