package io.openshop.service.catalog;

import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.shared.Money;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A product as a shopper sees it now, in one currency, read whole inside the transaction: its
 * category with the breadcrumbs above it, options, pictures, attributes, and each variant with its
 * price (null when not sold in the currency) and its stock status.
 *
 * @param id          the product's id, which reviews are filed under
 * @param breadcrumbs the categories above the product's category, from the top down
 * @param price       the product's price in the currency; null when it is not sold in it
 * @param attributes  the attribute values by code, in code order
 * @param facts       the attributes the product's type defines and the product has, in the type's order
 */
public record ProductView(long id, String slug, String sku, String name, String description, CategoryRef category,
                          List<CategoryRef> breadcrumbs, OffsetDateTime createdAt, Money price, List<Option> options,
                          List<VariantView> variants, Map<String, String> attributes, List<Fact> facts,
                          List<Image> images) {

    /** A way the product varies and the values to choose from, in order. */
    public record Option(String code, String label, List<String> values) {
    }

    /** An attribute value with its definition's label and kind. */
    public record Fact(String code, String label, AttributeKind kind, String value) {
    }

    /** A picture of the product, by the hash of its content. */
    public record Image(String contentHash, String altText) implements java.io.Serializable {
    }

    /**
     * A sellable variant: its SKU, option values (by option code, in code order), price now in
     * the currency (null when not sold in it), stock status and count available.
     */
    public record VariantView(String sku, Map<String, String> options, Money price, StockStatus stock, int available) {

        /** The count is shown only when it is low, as shops do. */
        public boolean isAvailable() {
            return stock != StockStatus.OUT_OF_STOCK && price != null;
        }
    }

    public Optional<VariantView> variant(String sku) {
        return variants.stream().filter(v -> v.sku().equals(sku)).findFirst();
    }

    /** The variant with exactly these option values, if there is one (by the domain's rule, {@link Variant#signatureOf}). */
    public Optional<VariantView> variantWith(Map<String, String> choice) {
        String signature = Variant.signatureOf(choice);
        return variants.stream().filter(v -> Variant.signatureOf(v.options()).equals(signature)).findFirst();
    }

    /**
     * Reads the product whole; call inside the transaction that loaded it.
     *
     * @param price    the product's price in the currency (null when not sold in it)
     * @param variants each variant's price and stock, made by the caller
     */
    static ProductView of(Product p, Money price, Function<Variant, VariantView> variants) {
        Map<String, String> values = p.getAttributes();
        List<Fact> facts = p.getProductType() == null ? List.of() : p.getProductType().getAttributes().stream()
                .filter(a -> values.containsKey(a.getCode()))
                .map(a -> new Fact(a.getCode(), a.getLabel(), a.getKind(), values.get(a.getCode())))
                .toList();
        return new ProductView(p.getId(), p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(),
                CategoryRef.of(p.getCategory()),
                p.getCategory().getAncestors().stream().map(CategoryRef::of).toList(),
                p.getCreatedAt(), price,
                p.getOptions().stream().map(o -> new Option(o.getCode(), o.getLabel(), List.copyOf(o.getValues()))).toList(),
                p.getVariants().stream().map(variants).toList(),
                sorted(values), facts,
                p.getImages().stream().map(i -> new Image(i.getContentHash(), i.getAltText())).toList());
    }

    static VariantView variant(Variant v, Money price, StockStatus stock, int available) {
        return new VariantView(v.getSku().value(), sorted(v.getOptions()), price, stock, available);
    }

    static Map<String, String> sorted(Map<String, String> values) {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
