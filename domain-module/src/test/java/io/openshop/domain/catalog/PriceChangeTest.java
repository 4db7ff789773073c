package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PriceChangeTest {

    @Test
    void percentagesAndAmountsRoundHalfUpToTheCent() {
        assertEquals(Money.of("17.99", "EUR"), PriceChange.of("percent", new BigDecimal("-10")).apply(Money.of("19.99", "EUR"), "A"),
                "17.991 rounds to 17.99");
        assertEquals(Money.of("11.00", "EUR"), PriceChange.of("PERCENT", new BigDecimal("10")).apply(Money.of("10.00", "EUR"), "A"));
        assertEquals(Money.of("0.06", "EUR"), PriceChange.of("PERCENT", new BigDecimal("12.5")).apply(Money.of("0.05", "EUR"), "A"),
                "0.05625 rounds half-up to 0.06");
        assertEquals(Money.of("22.49", "EUR"), PriceChange.of("amount", new BigDecimal("2.50")).apply(Money.of("19.99", "EUR"), "A"));
        assertEquals(Money.of("0.00", "EUR"), PriceChange.of("AMOUNT", new BigDecimal("-5")).apply(Money.of("5.00", "EUR"), "A"));
    }

    @Test
    void nonsenseAndNegativePricesAreRefusedByName() {
        assertEquals("kind", assertThrows(InvalidInputException.class, () -> PriceChange.of("double", BigDecimal.TEN)).field());
        assertEquals("value", assertThrows(InvalidInputException.class, () -> PriceChange.of("PERCENT", BigDecimal.ZERO)).field());
        assertEquals("value", assertThrows(InvalidInputException.class, () -> PriceChange.of("PERCENT", new BigDecimal("-91"))).field());
        assertEquals("value", assertThrows(InvalidInputException.class, () -> PriceChange.of("PERCENT", new BigDecimal("501"))).field());
        assertEquals("value", assertThrows(InvalidInputException.class, () -> PriceChange.of("AMOUNT", new BigDecimal("0.001"))).field());
        assertEquals("value", assertThrows(InvalidInputException.class, () -> PriceChange.of("AMOUNT", null)).field());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> PriceChange.of("AMOUNT", new BigDecimal("-5.01")).apply(Money.of("5.00", "EUR"), "TEE-1"));
        assertEquals("value", negative.field());
        assertEquals("would make the price of TEE-1 negative (-0.01)", negative.expectation());
    }
}
