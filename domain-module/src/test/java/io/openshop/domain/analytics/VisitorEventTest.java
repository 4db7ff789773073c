package io.openshop.domain.analytics;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VisitorEventTest {

    private static final UUID VISITOR = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void searchWordsAreKeptLowerCaseBoundedAndReadable() {
        VisitorEvent search = new VisitorEvent(VISITOR, VisitorEventKind.SEARCH, Instant.EPOCH, null,
                "  Red SHOES\u0000 " + "x".repeat(200), 3);
        assertEquals(VisitorEvent.QUERY_MAX, search.query().length());
        assertEquals("red shoes\ufffd x", search.query().substring(0, 12), "lower case, a control character made harmless");
        assertNull(new VisitorEvent(VISITOR, VisitorEventKind.PAGE_VIEW, Instant.EPOCH, "   ", null, null).subject(), "blank is nothing");
        assertThrows(NullPointerException.class, () -> new VisitorEvent(null, VisitorEventKind.PAGE_VIEW, Instant.EPOCH, null, null, null));
    }

    @Test
    void onlyAnExplicitYesIsConsent() {
        assertEquals(AnalyticsConsent.GIVEN, AnalyticsConsent.fromCookie("analytics"));
        assertEquals(AnalyticsConsent.DECLINED, AnalyticsConsent.fromCookie("none"));
        assertEquals(AnalyticsConsent.UNDECIDED, AnalyticsConsent.fromCookie(null));
        assertEquals(AnalyticsConsent.UNDECIDED, AnalyticsConsent.fromCookie("ANALYTICS"), "nothing but the exact value");
        assertEquals("analytics", AnalyticsConsent.GIVEN.cookieValue());
        assertEquals("none", AnalyticsConsent.UNDECIDED.cookieValue(), "no answer is stored as no");
        assertEquals("choice", assertThrows(InvalidInputException.class, () -> AnalyticsConsent.fromChoice("maybe")).field());
    }

    @Test
    void theConversionRateIsBuyersPerVisitor() {
        TrafficDay day = new TrafficDay(LocalDate.EPOCH, 3, 2, 1, 1, 1, 1);
        assertEquals(new BigDecimal("33.3"), day.conversionRate());
        assertEquals(new BigDecimal("25.0"), day.plus(new TrafficDay(LocalDate.EPOCH, 1, 0, 0, 0, 0, 0)).conversionRate());
        assertNull(new TrafficDay(LocalDate.EPOCH, 0, 0, 0, 0, 0, 0).conversionRate(), "no visitors, no rate");
    }
}
