package io.openshop.service.promotion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A coupon as staff type it: checked by {@link CouponAdminService} and the domain, never here.
 *
 * @param kind     PERCENTAGE, FIXED_AMOUNT or FREE_SHIPPING
 * @param value    the percentage off, or the amount off in {@code currency}; none for free shipping
 * @param currency one of the shop's currencies, for a fixed amount
 */
public record NewCoupon(String code, String kind, BigDecimal value, String currency, Integer usageLimit,
                        OffsetDateTime validFrom, OffsetDateTime validTo) {
}
