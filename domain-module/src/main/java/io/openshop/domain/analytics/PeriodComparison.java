package io.openshop.domain.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A period's sales against the period of the same length just before it (today against
 * yesterday, the last 7 days against the 7 before them), in one currency.
 *
 * @param period how the dashboard names it ("Today", "7 days", "30 days")
 */
public record PeriodComparison(String period, SalesTotals current, SalesTotals previous) implements Serializable {

    public PeriodComparison {
        if (!current.revenue().currency().equals(previous.revenue().currency())) {
            throw new IllegalArgumentException("a comparison is within one currency");
        }
    }

    public BigDecimal revenueChange() {
        return change(current.revenue().amount(), previous.revenue().amount());
    }

    public BigDecimal ordersChange() {
        return change(BigDecimal.valueOf(current.orders()), BigDecimal.valueOf(previous.orders()));
    }

    public BigDecimal averageOrderValueChange() {
        return change(current.averageOrderValue().amount(), previous.averageOrderValue().amount());
    }

    /**
     * The change in per cent, one decimal, rounded half-even; null when the period before had
     * nothing (no percentage describes growth from zero).
     */
    static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_EVEN);
    }
}
