package io.openshop.service.catalog;

import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.shared.Money;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A product as the back office's product list shows it: including drafts and unpublished ones. */
public record StaffProductRow(String slug, String sku, String name, String category, Money basePrice, ProductStatus status,
                              String imageHash, OffsetDateTime createdAt) implements Serializable {

    static StaffProductRow of(Product p) {
        return new StaffProductRow(p.getSlug().value(), p.getSku().value(), p.getName(), p.getCategory().getName(),
                p.getPrice(), p.getStatus(), p.getImageHash(), p.getCreatedAt());
    }
}
