package io.openshop.service.catalog;

import java.math.BigDecimal;

/**
 * What staff give to create a product: where it goes, how it is addressed and what it costs.
 * The type is optional (null). Every field is checked by the domain when the product is made.
 */
public record ProductDraft(String categorySlug, String slug, String sku, String name, String description,
                           BigDecimal price, String currency, String typeSlug) {

    public ProductDraft(String categorySlug, String slug, String sku, String name, String description, BigDecimal price,
                        String currency) {
        this(categorySlug, slug, sku, name, description, price, currency, null);
    }
}
