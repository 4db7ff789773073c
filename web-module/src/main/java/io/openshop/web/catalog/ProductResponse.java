package io.openshop.web.catalog;

import io.openshop.domain.catalog.Offer;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the API shows it, priced in the requested currency ({@code price} absent when not sold in it). */
public record ProductResponse(String slug, String sku, String name, String description,
                              PriceResponse price, CategoryRef category, Instant createdAt) {

    public record PriceResponse(BigDecimal amount, String currency) {
    }

    public record CategoryRef(String slug, String name) {
    }

    static ProductResponse of(Offer offer) {
        Product p = offer.product();
        Money price = offer.price();
        return new ProductResponse(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(),
                price == null ? null : new PriceResponse(price.amount(), price.currency().getCurrencyCode()),
                new CategoryRef(p.getCategory().getSlug().value(), p.getCategory().getName()),
                p.getCreatedAt().toInstant());
    }
}
