package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void keepsTheCurrencyScaleSoThatEqualAmountsAreEqual() {
        assertEquals(Money.of("1.2", "EUR"), Money.of(new BigDecimal("1.20"), EUR));
        assertEquals("1.20", Money.of("1.2", "EUR").amount().toPlainString());
    }

    @Test
    void roundsFinerAmountsHalfEven() {
        assertEquals("0.12", Money.of("0.125", "EUR").amount().toPlainString());
        assertEquals("0.14", Money.of("0.135", "EUR").amount().toPlainString());
    }

    @Test
    void addsAndMultipliesInOneCurrency() {
        Money price = Money.of("19.99", "EUR");
        assertEquals(Money.of("59.97", "EUR"), price.times(3));
        assertEquals(Money.of("20.00", "EUR"), price.plus(Money.of("0.01", "EUR")));
        assertTrue(Money.zero(EUR).minus(price).isNegative());
    }

    @Test
    void refusesToMixCurrencies() {
        Money eur = Money.of("10.00", "EUR");
        Money usd = Money.of("10.00", "USD");
        assertThrows(IllegalArgumentException.class, () -> eur.plus(usd));
        assertThrows(IllegalArgumentException.class, () -> eur.compareTo(usd));
    }

    @Test
    void rejectsMalformedCurrencyCodes() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "eur"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", "XYZ"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.00", null));
    }
}
