package io.openshop.service.catalog;

import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.shared.Money;

import java.util.List;
import java.util.Map;

/**
 * A product as staff edit it: its base price, its type with the attributes that type defines,
 * the values it has, and the version an edit must name.
 *
 * @param category   the slug of its category
 * @param type       the slug of its type; null when it has none
 * @param attributes the attribute values by code, in code order
 * @param definitions what the type asks for, in the type's order; empty without a type
 */
public record StaffProduct(String slug, String sku, String name, String description, Money basePrice, String category,
                           String type, Map<String, String> attributes, List<AttributeSpec> definitions,
                           long version) {

    /** One attribute a product type defines: how it is entered and whether it must be. */
    public record AttributeSpec(String code, String label, AttributeKind kind, List<String> allowedValues, boolean required) {
    }

    static StaffProduct of(Product p) {
        return new StaffProduct(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(), p.getPrice(),
                p.getCategory().getSlug().value(),
                p.getProductType() == null ? null : p.getProductType().getSlug().value(),
                ProductView.sorted(p.getAttributes()),
                p.getProductType() == null ? List.of() : p.getProductType().getAttributes().stream()
                        .map(d -> new AttributeSpec(d.getCode(), d.getLabel(), d.getKind(),
                                d.getAllowedValues() == null ? List.of() : List.copyOf(d.getAllowedValues()), d.isRequired()))
                        .toList(),
                p.getVersion());
    }
}
