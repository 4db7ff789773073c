package io.openshop.domain.analytics;

/** What a consenting visitor did in the storefront. */
public enum VisitorEventKind {
    PAGE_VIEW,
    PRODUCT_VIEW,
    /** A search, with the number of products found. */
    SEARCH,
    ADD_TO_CART,
    /** A step of the checkout shown (address, shipping, payment, review). */
    CHECKOUT_STEP,
    PURCHASE
}
