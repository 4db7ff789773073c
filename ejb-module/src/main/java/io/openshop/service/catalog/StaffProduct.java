package io.openshop.service.catalog;

import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.catalog.PriceList;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.shared.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A product as staff edit it: its base price, status, type with the attributes that type defines
 * and the values it has, its options and variants, what each price list sets for it, its
 * pictures, and the version an edit must name.
 *
 * @param category   the slug of its category
 * @param type       the slug of its type; null when it has none
 * @param attributes the attribute values by code, in code order
 * @param definitions what the type asks for, in the type's order; empty without a type
 * @param listPrices one line per price list of the shop, with this product's amount or null
 */
public record StaffProduct(String slug, String sku, String name, String description, Money basePrice, String category,
                           String type, Map<String, String> attributes, List<AttributeSpec> definitions,
                           ProductStatus status, List<ProductView.Option> options, List<VariantLine> variants,
                           List<ListPrice> listPrices, List<ProductView.Image> images, OffsetDateTime updatedAt,
                           long version) {

    /** One attribute a product type defines: how it is entered and whether it must be. */
    public record AttributeSpec(String code, String label, AttributeKind kind, List<String> allowedValues, boolean required) {
    }

    /** A variant: its SKU, its option values, and its own price (null: the product's). */
    public record VariantLine(String sku, Map<String, String> options, Money ownPrice) {
    }

    /** What one price list sets for the product: the list, its currency and window, and the amount (null: none). */
    public record ListPrice(String code, String name, String currency, int priority, OffsetDateTime validFrom,
                            OffsetDateTime validTo, Money amount) {
    }

    static List<AttributeSpec> specs(ProductType type) {
        return type.getAttributes().stream()
                .map(d -> new AttributeSpec(d.getCode(), d.getLabel(), d.getKind(),
                        d.getAllowedValues() == null ? List.of() : List.copyOf(d.getAllowedValues()), d.isRequired()))
                .toList();
    }

    static StaffProduct of(Product p, List<PriceList> lists, Map<Long, Money> entries) {
        return new StaffProduct(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(), p.getPrice(),
                p.getCategory().getSlug().value(),
                p.getProductType() == null ? null : p.getProductType().getSlug().value(),
                ProductView.sorted(p.getAttributes()),
                p.getProductType() == null ? List.of() : specs(p.getProductType()),
                p.getStatus(),
                p.getOptions().stream().map(o -> new ProductView.Option(o.getCode(), o.getLabel(), o.getValues())).toList(),
                p.getVariants().stream().map(v -> new VariantLine(v.getSku().value(), v.getOptions(), v.getPriceOverride())).toList(),
                lists.stream().map(l -> new ListPrice(l.getCode(), l.getName(), l.getCurrency().getCurrencyCode(), l.getPriority(),
                        l.getValidFrom(), l.getValidTo(), entries.get(l.getId()))).toList(),
                p.getImages().stream().map(i -> new ProductView.Image(i.getContentHash(), i.getAltText())).toList(),
                p.getUpdatedAt(),
                p.getVersion());
    }
}
