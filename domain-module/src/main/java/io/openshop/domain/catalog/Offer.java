package io.openshop.domain.catalog;

import io.openshop.domain.shared.Money;

/** A product at the price a shopper pays for it now, in the shopper's currency. */
public record Offer(Product product, Money price) {
}
