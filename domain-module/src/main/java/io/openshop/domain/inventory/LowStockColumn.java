package io.openshop.domain.inventory;

import io.openshop.domain.shared.Sort;

/** The columns the low-stock list can be sorted by; least available first unless staff choose. */
public enum LowStockColumn implements Sort.Column {

    AVAILABLE,
    SKU;

    /** The order a grid shows before staff choose one. */
    public static final Sort<LowStockColumn> DEFAULT = Sort.ascending(AVAILABLE);
}
