package io.openshop.domain.identity;

import io.openshop.domain.shared.Sort;

/**
 * The columns staff can sort the customers grid by; newest first unless they choose. "Since"
 * is the order accounts were created in (their ids come from one sequence).
 */
public enum CustomerColumn implements Sort.Column {

    EMAIL,
    NAME,
    SINCE;

    /** The order a grid shows before staff choose one. */
    public static final Sort<CustomerColumn> DEFAULT = Sort.descending(SINCE);
}
