package io.openshop.domain.promotion;

/** What a coupon gives: a percentage off the goods, a fixed amount off them, or free shipping. */
public enum CouponKind {
    PERCENTAGE, FIXED_AMOUNT, FREE_SHIPPING
}
