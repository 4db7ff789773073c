package io.openshop.service.catalog;

import io.openshop.domain.catalog.Product;
import io.openshop.domain.shared.Money;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A product as a listing shows it, without its options and variants: read from fields the
 * listing's own queries load (the category is fetched with the product), so mapping a page adds
 * no statement.
 *
 * @param price     what the row shows: a shopper's price in the listing's currency (null when the
 *                  product is not sold in it), or, in the back office's table, the base price
 * @param imageHash the content hash of the picture listings show; null when it has none
 */
public record ProductSummary(String slug, String sku, String name, String description, CategoryRef category,
                             OffsetDateTime createdAt, String imageHash, Money price) implements Serializable {

    static ProductSummary of(Product p, Money price) {
        return new ProductSummary(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(),
                CategoryRef.of(p.getCategory()), p.getCreatedAt(), p.getImageHash(), price);
    }
}
