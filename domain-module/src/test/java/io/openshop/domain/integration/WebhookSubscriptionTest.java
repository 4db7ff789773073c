package io.openshop.domain.integration;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSubscriptionTest {

    private static final String SECRET = "whsec_" + "a".repeat(40);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void wantsOnlyItsTypesAndNothingOnceRemoved() {
        WebhookSubscription s = new WebhookSubscription("https://erp.example/hooks", EnumSet.of(EventType.ORDER_PAID, EventType.STOCK_CHANGED),
                SECRET, "admin@shop.test", NOW);
        assertTrue(s.wants(EventType.ORDER_PAID));
        assertFalse(s.wants(EventType.ORDER_PLACED));
        assertEquals(EnumSet.of(EventType.ORDER_PAID, EventType.STOCK_CHANGED), s.getEventTypes());
        s.deactivate();
        assertFalse(s.wants(EventType.ORDER_PAID));
    }

    @Test
    void theCircuitOpensAfterFiveFailuresInARowAndAnAnswerClosesIt() {
        WebhookSubscription s = new WebhookSubscription("http://127.0.0.1:9/h", Set.of(EventType.ORDER_PAID), SECRET, "a", NOW);
        for (int i = 0; i < WebhookSubscription.FAILURES_TO_OPEN - 1; i++) {
            s.record(WebhookSubscription.Outcome.FAILED, NOW);
        }
        assertFalse(s.isOpen(NOW), "four failures: still closed");
        s.record(WebhookSubscription.Outcome.FAILED, NOW);
        assertTrue(s.isOpen(NOW.plusSeconds(29)));
        assertFalse(s.isOpen(NOW.plus(WebhookSubscription.OPEN_FOR)), "half-open once the wait is over");
        s.record(WebhookSubscription.Outcome.ANSWERED, NOW);
        assertFalse(s.isOpen(NOW));
        assertEquals(0, s.getConsecutiveFailures());
    }

    @Test
    void deliveriesNotSentWhileOpenDoNotKeepTheCircuitOpen() {
        WebhookSubscription s = new WebhookSubscription("http://127.0.0.1:9/h", Set.of(EventType.ORDER_PAID), SECRET, "a", NOW);
        for (int i = 0; i < WebhookSubscription.FAILURES_TO_OPEN; i++) {
            s.record(WebhookSubscription.Outcome.FAILED, NOW);
        }
        Instant openUntil = s.getOpenUntil();
        for (int second = 1; second < 60; second++) {
            s.record(WebhookSubscription.Outcome.NOT_SENT, NOW.plusSeconds(second));
        }
        assertEquals(openUntil, s.getOpenUntil(), "waiting deliveries leave the circuit's time as it was");
        assertFalse(s.isOpen(NOW.plus(WebhookSubscription.OPEN_FOR)), "half-open when its time is up");
        s.record(WebhookSubscription.Outcome.FAILED, NOW.plusSeconds(31));
        assertTrue(s.isOpen(NOW.plusSeconds(32)), "the half-open trial failed: open again");
        assertEquals(NOW.plusSeconds(31).plus(WebhookSubscription.OPEN_FOR), s.getOpenUntil());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://erp.example/h", "https://user:pw@erp.example/h", "not a url", "https:///nohost", ""})
    void onlyPlainHttpAddressesAreSubscribed(String url) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new WebhookSubscription(url, Set.of(EventType.ORDER_PAID), SECRET, "a", NOW));
        assertEquals("url", refused.field());
    }

    @Test
    void eventTypesAreNamedAndCheckedInAnyCase() {
        assertEquals(EnumSet.of(EventType.ORDER_PAID, EventType.PRODUCT_CHANGED), WebhookSubscription.types(List.of("order_paid", " PRODUCT_CHANGED ")));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> WebhookSubscription.types(List.of("ORDER_LOST")));
        assertEquals("events", unknown.field());
        assertTrue(unknown.getMessage().contains("ORDER_LOST"));
        assertThrows(InvalidInputException.class, () -> WebhookSubscription.types(List.of()));
    }
}
