package io.openshop.domain.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product's published reviews in two numbers: how many, and their average rating (one decimal,
 * half-up; null when there are none).
 */
public record RatingSummary(long count, BigDecimal average) {

    public static final RatingSummary NONE = new RatingSummary(0, null);

    public RatingSummary {
        if (count < 0) {
            throw new IllegalArgumentException("a count of reviews cannot be negative");
        }
        average = count == 0 || average == null ? null : average.setScale(1, RoundingMode.HALF_UP);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
