package io.openshop.domain.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One UTC day of the storefront funnel: how many consenting visitors came, and how many of them
 * viewed a product, searched, added to a cart, began the checkout and bought.
 */
public record TrafficDay(LocalDate day, int visitors, int productViewers, int searchers, int cartAdders, int checkoutStarters,
                         int buyers) implements Serializable {

    public TrafficDay plus(TrafficDay other) {
        return new TrafficDay(day, visitors + other.visitors, productViewers + other.productViewers, searchers + other.searchers,
                cartAdders + other.cartAdders, checkoutStarters + other.checkoutStarters, buyers + other.buyers);
    }

    /** Buyers per visitor in per cent, one decimal; null without visitors. */
    public BigDecimal conversionRate() {
        if (visitors == 0) {
            return null;
        }
        return BigDecimal.valueOf(buyers).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(visitors), 1, RoundingMode.HALF_EVEN);
    }
}
