package io.openshop.domain.inventory;

import io.openshop.domain.shared.Sort;

/** How a SKU's stock movements can be ordered: by time, newest first unless staff choose. */
public enum MovementColumn implements Sort.Column {

    AT;

    /** The order a grid shows before staff choose one. */
    public static final Sort<MovementColumn> DEFAULT = Sort.descending(AT);
}
