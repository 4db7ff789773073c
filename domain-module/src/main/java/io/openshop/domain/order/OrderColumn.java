package io.openshop.domain.order;

import io.openshop.domain.shared.Sort;

/**
 * The columns staff can sort the orders grid by; newest first unless they choose. A status has
 * its own filter above the grid rather than a sort.
 */
public enum OrderColumn implements Sort.Column {

    NUMBER,
    PLACED,
    CUSTOMER,
    TOTAL;

    /** The order a grid shows before staff choose one. */
    public static final Sort<OrderColumn> DEFAULT = Sort.descending(PLACED);
}
