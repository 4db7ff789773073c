package io.openshop.domain.analytics;

import io.openshop.domain.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Orders and revenue of a period in one currency; the average order value follows from them. */
public record SalesTotals(int orders, Money revenue) implements Serializable {

    public SalesTotals {
        if (orders < 0) {
            throw new IllegalArgumentException("orders must not be negative");
        }
    }

    public static SalesTotals none(Currency currency) {
        return new SalesTotals(0, Money.zero(currency));
    }

    public SalesTotals plus(SalesTotals other) {
        return new SalesTotals(orders + other.orders, revenue.plus(other.revenue));
    }

    /** Revenue per order, rounded to the currency's minor unit; zero without orders. */
    public Money averageOrderValue() {
        if (orders == 0) {
            return Money.zero(revenue.currency());
        }
        int digits = Math.max(0, revenue.currency().getDefaultFractionDigits());
        return Money.of(revenue.amount().divide(BigDecimal.valueOf(orders), digits, RoundingMode.HALF_EVEN), revenue.currency());
    }
}
