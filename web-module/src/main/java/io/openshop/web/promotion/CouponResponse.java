package io.openshop.web.promotion;

import io.openshop.service.promotion.CouponView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A coupon as staff see it, with how often it was used. */
public record CouponResponse(String code, String kind, BigDecimal value, String currency, OffsetDateTime validFrom,
                             OffsetDateTime validTo, Integer usageLimit, int timesUsed, boolean active) {

    static CouponResponse of(CouponView c) {
        return new CouponResponse(c.getCode(), c.getKind(), c.getValue(), c.getCurrency(), c.getValidFrom(), c.getValidTo(),
                c.getUsageLimit(), c.getTimesUsed(), c.isActive());
    }
}
