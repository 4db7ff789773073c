package io.openshop.web.catalog;

import io.openshop.domain.catalog.Product;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the API shows it. */
public record ProductResponse(String slug, String sku, String name, String description,
                              PriceResponse price, CategoryRef category, Instant createdAt) {

    public record PriceResponse(BigDecimal amount, String currency) {
    }

    public record CategoryRef(String slug, String name) {
    }

    static ProductResponse of(Product p) {
        return new ProductResponse(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(),
                new PriceResponse(p.getPrice().amount(), p.getPrice().currency().getCurrencyCode()),
                new CategoryRef(p.getCategory().getSlug().value(), p.getCategory().getName()),
                p.getCreatedAt().toInstant());
    }
}
