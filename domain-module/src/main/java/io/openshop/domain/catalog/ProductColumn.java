package io.openshop.domain.catalog;

import io.openshop.domain.shared.Sort;

/**
 * The columns staff can sort the back office's products grid by; newest first unless they choose. A status has
 * its own filter above the grid rather than a sort.
 */
public enum ProductColumn implements Sort.Column {

    SKU,
    NAME,
    PRICE,
    CREATED;

    /** The order a grid shows before staff choose one. */
    public static final Sort<ProductColumn> DEFAULT = Sort.descending(CREATED);
}
