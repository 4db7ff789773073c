package io.openshop.domain.promotion;

import io.openshop.domain.shared.Sort;

/** The columns the coupons grid can be sorted by; newest first unless staff choose ("created" is the order coupons were made in). */
public enum CouponColumn implements Sort.Column {

    CODE,
    USED,
    CREATED;

    /** The order a grid shows before staff choose one. */
    public static final Sort<CouponColumn> DEFAULT = Sort.descending(CREATED);
}
