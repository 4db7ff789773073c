package io.openshop.service.promotion;

import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A coupon as the back office lists it (a class with getters, so Faces EL reads it). */
public final class CouponView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String kind;
    private final BigDecimal value;
    private final String currency;
    private final OffsetDateTime validFrom;
    private final OffsetDateTime validTo;
    private final Integer usageLimit;
    private final int timesUsed;
    private final boolean active;

    CouponView(Coupon c) {
        this.code = c.getCode();
        this.kind = c.getKind().name();
        this.value = c.getKind() == CouponKind.PERCENTAGE ? c.getPercent()
                : c.getKind() == CouponKind.FIXED_AMOUNT ? c.getAmount().amount() : null;
        this.currency = c.getKind() == CouponKind.FIXED_AMOUNT ? c.getAmount().currency().getCurrencyCode() : null;
        this.validFrom = c.getValidFrom();
        this.validTo = c.getValidTo();
        this.usageLimit = c.getUsageLimit();
        this.timesUsed = c.getTimesUsed();
        this.active = c.isActive();
    }

    public String getCode() {
        return code;
    }

    public String getKind() {
        return kind;
    }

    /** The percentage off, the amount off (in {@link #getCurrency()}), or null for free shipping. */
    public BigDecimal getValue() {
        return value;
    }

    public String getCurrency() {
        return currency;
    }

    public OffsetDateTime getValidFrom() {
        return validFrom;
    }

    public OffsetDateTime getValidTo() {
        return validTo;
    }

    public Integer getUsageLimit() {
        return usageLimit;
    }

    public int getTimesUsed() {
        return timesUsed;
    }

    public boolean isActive() {
        return active;
    }

    /** "10 % off", "5.00 EUR off", "Free shipping": what the coupon gives, in words. */
    public String getBenefit() {
        return switch (kind) {
            case "PERCENTAGE" -> value.stripTrailingZeros().toPlainString() + " % off";
            case "FIXED_AMOUNT" -> value.toPlainString() + " " + currency + " off";
            default -> "Free shipping";
        };
    }

    /** "3 of 100", or "3 (no limit)". */
    public String getUsage() {
        return timesUsed + (usageLimit == null ? " (no limit)" : " of " + usageLimit);
    }
}
