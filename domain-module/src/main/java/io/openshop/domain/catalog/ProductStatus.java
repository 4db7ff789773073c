package io.openshop.domain.catalog;

/**
 * Whether shoppers see a product. A product made in the back office starts as a draft; only a
 * published product is listed, found, shown and sold; unpublishing takes it off the storefront
 * (carts that hold it can no longer check it out) without losing anything staff entered.
 */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
