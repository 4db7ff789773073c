package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A change of price for many products at once: a percentage (−90 % to +500 %) or an amount in
 * the price's currency (−10.00, +2.50). New prices are rounded half-up to the currency's minor
 * unit; a change that would make any price negative is refused as a whole.
 */
public record PriceChange(Kind kind, BigDecimal value) implements Serializable {

    public enum Kind {
        PERCENT, AMOUNT
    }

    private static final BigDecimal MIN_PERCENT = BigDecimal.valueOf(-90);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(500);

    public PriceChange {
        if (kind == null) {
            throw new InvalidInputException("kind", "must be PERCENT or AMOUNT");
        }
        if (value == null || value.signum() == 0) {
            throw new InvalidInputException("value", "must be a change other than zero");
        }
        if (kind == Kind.PERCENT && (value.compareTo(MIN_PERCENT) < 0 || value.compareTo(MAX_PERCENT) > 0)) {
            throw new InvalidInputException("value", "must be a percentage from -90 to 500");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("value", "must have at most two decimals");
        }
    }

    /** From a form or a request: "PERCENT"/"AMOUNT" (any case) and the value. */
    public static PriceChange of(String kind, BigDecimal value) {
        Kind parsed;
        try {
            parsed = Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be PERCENT or AMOUNT");
        }
        return new PriceChange(parsed, value);
    }

    /** The new price; a negative one is refused, naming the product's SKU. */
    public Money apply(Money price, String sku) {
        int digits = Math.max(0, price.currency().getDefaultFractionDigits());
        BigDecimal changed = kind == Kind.PERCENT
                ? price.amount().multiply(BigDecimal.valueOf(100).add(value)).divide(BigDecimal.valueOf(100), digits, RoundingMode.HALF_UP)
                : price.amount().add(value).setScale(digits, RoundingMode.HALF_UP);
        if (changed.signum() < 0) {
            throw new InvalidInputException("value", "would make the price of " + sku + " negative (" + changed.toPlainString() + ")");
        }
        return Money.of(changed, price.currency());
    }
}
