package io.openshop.domain.promotion;

import io.openshop.domain.shared.DomainException;

/** Every use of a coupon has been taken. */
public class CouponUsedUpException extends DomainException {

    public CouponUsedUpException(String code) {
        super("Coupon " + code + " has been used up");
    }
}
