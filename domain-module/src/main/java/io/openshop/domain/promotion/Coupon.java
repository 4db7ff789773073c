package io.openshop.domain.promotion;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A promotion code: a percentage or a fixed amount off the goods (before tax), or free
 * shipping; optionally limited in uses and in time. The count of uses is raised only by an
 * atomic conditional update in the database (see CouponRepository), never by this entity,
 * so a limit holds however many checkouts run at once. Aggregate root.
 */
@Entity
@Table(name = "coupon")
public class Coupon {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);

    @Id
    @SequenceGenerator(name = "coupon_seq", sequenceName = "coupon_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coupon_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CouponKind kind;

    @Column(precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;

    @Column(name = "usage_limit")
    private Integer usageLimit;

    @Column(name = "times_used", nullable = false, insertable = false, updatable = false)
    private int timesUsed;

    @Column(name = "valid_from")
    private OffsetDateTime validFrom;

    @Column(name = "valid_to")
    private OffsetDateTime validTo;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Coupon() {
        // for JPA
    }

    private Coupon(String code, CouponKind kind, BigDecimal percent, Money amount, Integer usageLimit) {
        this.code = normalise(code);
        this.kind = kind;
        this.percent = percent;
        this.amount = amount == null ? null : amount.amount();
        this.currency = amount == null ? null : amount.currency().getCurrencyCode();
        if (usageLimit != null && usageLimit < 0) {
            throw new InvalidInputException("usageLimit", "must not be negative");
        }
        this.usageLimit = usageLimit;
    }

    public static Coupon percentage(String code, BigDecimal percent, Integer usageLimit) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("percent", "must be more than 0 and at most 100");
        }
        return new Coupon(code, CouponKind.PERCENTAGE, percent.setScale(2, RoundingMode.HALF_EVEN), null, usageLimit);
    }

    public static Coupon fixedAmount(String code, Money amount, Integer usageLimit) {
        if (amount == null || amount.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "must be more than zero");
        }
        return new Coupon(code, CouponKind.FIXED_AMOUNT, null, amount, usageLimit);
    }

    public static Coupon freeShipping(String code, Integer usageLimit) {
        return new Coupon(code, CouponKind.FREE_SHIPPING, null, null, usageLimit);
    }

    /**
     * A coupon as staff define it in the back office, every field checked and named by its field:
     * the code (normalised), the kind, its value (a percentage of more than 0 and at most 100, or an
     * amount of more than zero in {@code currency}), an optional validity window (from before to)
     * and an optional usage limit of at least one. The currency is the caller's to check against
     * the shop's currencies; it is ignored for kinds that have no amount.
     */
    public static Coupon define(String code, CouponKind kind, BigDecimal value, Currency currency, Integer usageLimit,
                                OffsetDateTime validFrom, OffsetDateTime validTo) {
        String normalised = normaliseAs("code", code);
        if (kind == null) {
            throw new InvalidInputException("kind", "must be PERCENTAGE, FIXED_AMOUNT or FREE_SHIPPING");
        }
        if (usageLimit != null && usageLimit < 1) {
            throw new InvalidInputException("usageLimit", "must be at least 1 (or left empty for no limit)");
        }
        Coupon coupon = switch (kind) {
            case PERCENTAGE -> {
                if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
                    throw new InvalidInputException("value", "must be a percentage of more than 0 and at most 100 (two decimals at most)");
                }
                yield percentage(normalised, value, usageLimit);
            }
            case FIXED_AMOUNT -> {
                if (value == null || value.signum() <= 0 || value.compareTo(MAX_AMOUNT) >= 0) {
                    throw new InvalidInputException("value", "must be an amount of more than zero and less than 1000000");
                }
                if (currency == null) {
                    throw new InvalidInputException("currency", "is required for a fixed amount");
                }
                if (value.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    throw new InvalidInputException("value", "must have at most " + currency.getDefaultFractionDigits()
                            + " decimals in " + currency.getCurrencyCode());
                }
                yield fixedAmount(normalised, Money.of(value, currency), usageLimit);
            }
            case FREE_SHIPPING -> freeShipping(normalised, usageLimit);
        };
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new InvalidInputException("validTo", "must be after validFrom");
        }
        coupon.validBetween(validFrom, validTo);
        return coupon;
    }

    /** Codes are compared as typed by a person: blanks around and case do not matter. */
    public static String normalise(String code) {
        return normaliseAs("couponCode", code);
    }

    private static String normaliseAs(String field, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException(field, "must be 3 to 40 letters, digits and inner hyphens");
        }
        return c;
    }

    /** Limits the coupon to a window of time (either end may be open). */
    public void validBetween(OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("validTo", "must be after validFrom");
        }
        this.validFrom = from;
        this.validTo = to;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Lets a deactivated coupon be used again (its window and limit still apply). */
    public void activate() {
        this.active = true;
    }

    /** Refuses the coupon when it cannot be used for this order at this time. */
    public void requireUsable(OffsetDateTime now, Currency orderCurrency) {
        if (!active || (validFrom != null && now.isBefore(validFrom)) || (validTo != null && !now.isBefore(validTo))) {
            throw new InvalidInputException("couponCode", "coupon " + code + " is not valid now");
        }
        if (kind == CouponKind.FIXED_AMOUNT && !currency.equals(orderCurrency.getCurrencyCode())) {
            throw new InvalidInputException("couponCode", "coupon " + code + " is for orders in " + currency);
        }
        if (usageLimit != null && timesUsed >= usageLimit) {
            throw new CouponUsedUpException(code);
        }
    }

    /**
     * The discount on goods worth this subtotal (before tax): a percentage rounded half-even to
     * the cent, or the fixed amount but never more than the subtotal; zero for free shipping.
     */
    public Money discountOn(Money subtotal) {
        Objects.requireNonNull(subtotal, "subtotal");
        Money discount = switch (kind) {
            case PERCENTAGE -> Money.of(subtotal.amount().multiply(percent).divide(HUNDRED, subtotal.amount().scale(),
                    RoundingMode.HALF_EVEN), subtotal.currency());
            case FIXED_AMOUNT -> Money.of(amount, subtotal.currency());
            case FREE_SHIPPING -> Money.zero(subtotal.currency());
        };
        return discount.compareTo(subtotal) > 0 ? subtotal : discount;
    }

    public boolean givesFreeShipping() {
        return kind == CouponKind.FREE_SHIPPING;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CouponKind getKind() {
        return kind;
    }

    public Integer getUsageLimit() {
        return usageLimit;
    }

    public int getTimesUsed() {
        return timesUsed;
    }

    /** The percentage off, for a PERCENTAGE coupon; null otherwise. */
    public BigDecimal getPercent() {
        return percent;
    }

    /** The amount off, for a FIXED_AMOUNT coupon; null otherwise. */
    public Money getAmount() {
        return amount == null ? null : Money.of(amount, Currency.getInstance(currency));
    }

    public OffsetDateTime getValidFrom() {
        return validFrom;
    }

    public OffsetDateTime getValidTo() {
        return validTo;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
