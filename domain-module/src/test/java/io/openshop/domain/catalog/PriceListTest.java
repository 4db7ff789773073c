package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceListTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void isValidFromItsStartUntilJustBeforeItsEnd() {
        PriceList sale = new PriceList(new Slug("sale"), "Sale", EUR, 10, NOON, NOON.plusHours(1));
        assertFalse(sale.isValidAt(NOON.minusNanos(1000)));
        assertTrue(sale.isValidAt(NOON));
        assertTrue(sale.isValidAt(NOON.plusMinutes(59)));
        assertFalse(sale.isValidAt(NOON.plusHours(1)), "the end is exclusive");
    }

    @Test
    void openEndsAreAlwaysValidOnThatSide() {
        assertTrue(new PriceList(new Slug("std"), "Standard", EUR, 0, null, null).isValidAt(NOON));
        assertTrue(new PriceList(new Slug("from"), "From", EUR, 0, NOON, null).isValidAt(NOON.plusYears(5)));
        assertFalse(new PriceList(new Slug("until"), "Until", EUR, 0, null, NOON).isValidAt(NOON));
    }

    @Test
    void anEmptyOrBackwardWindowIsRefused() {
        assertThrows(InvalidInputException.class, () -> new PriceList(new Slug("x"), "X", EUR, 0, NOON, NOON));
        PriceList list = new PriceList(new Slug("y"), "Y", EUR, 0, null, null);
        assertThrows(InvalidInputException.class, () -> list.reschedule(NOON, NOON.minusDays(1)));
        assertNull(list.getValidFrom(), "a refused change changes nothing");
    }

    @Test
    void anEntryIsInTheListsCurrencyAndNeverNegative() {
        PriceList usd = new PriceList(new Slug("usd"), "USD", Currency.getInstance("USD"), 0, null, null);
        org.junit.jupiter.api.Assertions.assertEquals(io.openshop.domain.shared.Money.of("12.50", "USD"), usd.entry(new java.math.BigDecimal("12.5")));
        org.junit.jupiter.api.Assertions.assertEquals("price",
                assertThrows(InvalidInputException.class, () -> usd.entry(new java.math.BigDecimal("-1"))).field());
        assertThrows(InvalidInputException.class, () -> usd.entry(null));
    }
}
