package io.openshop.service.catalog;

import io.openshop.domain.shared.Money;

/**
 * A variant as carts and checkout need it: what it is, what it costs now in a currency by the
 * catalog's price rule (null when it is not sold in that currency), its tax class and weight.
 */
public record PricedVariant(long variantId, String sku, String productSlug, String name, Money price,
                            String taxClass, int weightGrams) {
}
