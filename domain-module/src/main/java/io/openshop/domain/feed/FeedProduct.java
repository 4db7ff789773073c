package io.openshop.domain.feed;

import io.openshop.domain.shared.Money;

import java.time.Instant;

/**
 * A published product as the feeds show it: its base price, whether any of its variants has
 * stock to promise, its first picture, and the brand and GTIN attributes where its type has them.
 */
public record FeedProduct(String sku, String slug, String name, String description, Money price, Instant updatedAt,
                          String imageHash, boolean inStock, String brand, String gtin) {
}
