package io.openshop.domain.analytics;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void theTotalsRowAddsUpCountsAndAmountsOnly() {
        ReportQuery query = new ReportQuery(ReportKind.SALES_BY_COUNTRY, DAY, DAY.plusDays(6), EUR);
        Report report = Report.of(query, List.of(List.of("DE", 3L, new BigDecimal("5.70"), new BigDecimal("35.70")),
                List.of("AT", 1L, new BigDecimal("1.90"), new BigDecimal("11.90"))));
        assertEquals(Arrays.asList(null, 4L, new BigDecimal("7.60"), new BigDecimal("47.60")), report.totals());
        Report empty = Report.of(query, List.of());
        assertEquals(Arrays.asList(null, 0L, BigDecimal.ZERO, BigDecimal.ZERO), empty.totals(), "no rows, zero totals");
        Report rates = Report.of(new ReportQuery(ReportKind.TAX_BY_RATE, DAY, DAY, EUR), List.of(
                Arrays.asList("goods", new BigDecimal("19.00"), new BigDecimal("11.90"), new BigDecimal("10.00"), new BigDecimal("1.90"))));
        assertEquals(Arrays.asList(null, null, new BigDecimal("11.90"), new BigDecimal("10.00"), new BigDecimal("1.90")), rates.totals(),
                "rates are not added up");
        assertThrows(IllegalArgumentException.class, () -> Report.of(query, List.of(List.of("DE", 3L))), "every column has a value");
    }

    @Test
    void aQueryIsAPeriodOfAtMostThreeYearsInOneCurrency() {
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> new ReportQuery(ReportKind.REFUNDS, DAY, DAY.minusDays(1), EUR)).field(), "to before from");
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> new ReportQuery(ReportKind.REFUNDS, DAY, DAY.plusDays(ReportQuery.MAX_DAYS), EUR)).field());
        new ReportQuery(ReportKind.REFUNDS, DAY, DAY.plusDays(ReportQuery.MAX_DAYS - 1), EUR);
        assertEquals("from", assertThrows(InvalidInputException.class, () -> new ReportQuery(ReportKind.REFUNDS, null, DAY, EUR)).field());
        assertEquals("currency", assertThrows(InvalidInputException.class, () -> ReportQuery.currency("EURO")).field());
        assertEquals(Currency.getInstance("USD"), ReportQuery.currency(" usd "));
        assertEquals(ReportKind.SALES_BY_DAY, ReportKind.fromName("sales-by-day"));
        assertEquals("sales-by-day", ReportKind.SALES_BY_DAY.slug());
        assertEquals("report", assertThrows(InvalidInputException.class, () -> ReportKind.fromName("profit")).field());
    }
}
