package io.openshop.service.analytics;

import io.openshop.domain.analytics.DailySales;
import io.openshop.domain.analytics.PeriodComparison;
import io.openshop.domain.analytics.SalesTotals;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which days fall in a period and which in the period before it. */
class DashboardServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static DailySales day(int daysAgo, int orders, String revenue, String currency) {
        return new DailySales(TODAY.minusDays(daysAgo), new SalesTotals(orders, Money.of(revenue, currency)));
    }

    @Test
    void aPeriodEndsTodayAndIsComparedWithTheSameNumberOfDaysBefore() {
        List<DailySales> sales = List.of(day(0, 1, "10.00", "EUR"), day(1, 2, "20.00", "EUR"), day(6, 4, "40.00", "EUR"),
                day(7, 8, "80.00", "EUR"), day(13, 16, "160.00", "EUR"), day(14, 32, "320.00", "EUR"),
                day(0, 64, "640.00", "USD"));
        PeriodComparison today = DashboardService.compare("Today", 1, TODAY, EUR, sales);
        assertEquals(new SalesTotals(1, Money.of("10.00", "EUR")), today.current());
        assertEquals(new SalesTotals(2, Money.of("20.00", "EUR")), today.previous(), "yesterday");
        PeriodComparison week = DashboardService.compare("7 days", 7, TODAY, EUR, sales);
        assertEquals(7, week.current().orders(), "today, yesterday and 6 days ago");
        assertEquals(24, week.previous().orders(), "7 and 13 days ago; 14 days ago is outside both, USD is another currency");
    }
}
