package io.openshop.domain.analytics;

import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodComparisonTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static SalesTotals sales(int orders, String revenue) {
        return new SalesTotals(orders, Money.of(new BigDecimal(revenue), EUR));
    }

    @Test
    void changesArePercentagesOfThePeriodBefore() {
        PeriodComparison week = new PeriodComparison("7 days", sales(12, "660.00"), sales(10, "500.00"));
        assertEquals(new BigDecimal("32.0"), week.revenueChange());
        assertEquals(new BigDecimal("20.0"), week.ordersChange());
        assertEquals(Money.of("55.00", "EUR"), week.current().averageOrderValue());
        assertEquals(new BigDecimal("10.0"), week.averageOrderValueChange(), "55.00 against 50.00");
        PeriodComparison worse = new PeriodComparison("Today", sales(1, "10.00"), sales(3, "30.00"));
        assertEquals(new BigDecimal("-66.7"), worse.revenueChange(), "rounded half-even to one decimal");
    }

    @Test
    void growthFromNothingHasNoPercentageAndNoOrdersHaveNoAverage() {
        PeriodComparison first = new PeriodComparison("Today", sales(2, "40.00"), SalesTotals.none(EUR));
        assertNull(first.revenueChange());
        assertNull(first.ordersChange());
        assertEquals(Money.zero(EUR), SalesTotals.none(EUR).averageOrderValue());
        assertEquals(Money.of("13.33", "EUR"), sales(3, "40.00").averageOrderValue(), "to the currency's cent");
        assertEquals(sales(5, "80.00"), sales(2, "40.00").plus(sales(3, "40.00")));
    }

    @Test
    void aComparisonStaysInOneCurrency() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodComparison("Today", sales(1, "1.00"),
                new SalesTotals(1, Money.of("1.00", "USD"))));
        assertThrows(IllegalArgumentException.class, () -> new SalesTotals(-1, Money.zero(EUR)));
    }
}
