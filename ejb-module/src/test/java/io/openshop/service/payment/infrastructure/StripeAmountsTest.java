package io.openshop.service.payment.infrastructure;

import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StripeAmountsTest {

    @Test
    void amountsGoToTheCurrencysSmallestUnitAndBackExactly() {
        assertEquals(1234, StripeAmounts.toMinorUnits(Money.of("12.34", "EUR")));
        assertEquals(5, StripeAmounts.toMinorUnits(Money.of("0.05", "USD")));
        assertEquals(0, StripeAmounts.toMinorUnits(Money.of("0", "EUR")));
        assertEquals(500, StripeAmounts.toMinorUnits(Money.of("500", "JPY")), "a zero-decimal currency");
        assertEquals(Money.of("12.34", "EUR"), StripeAmounts.fromMinorUnits(1234, "eur"));
        assertEquals(Money.of("500", "JPY"), StripeAmounts.fromMinorUnits(500, "jpy"));
        assertEquals(Money.of("99999999.99", "EUR"), StripeAmounts.fromMinorUnits(StripeAmounts.toMinorUnits(Money.of("99999999.99", "EUR")), "eur"));
    }

    @Test
    void currenciesAreLowerCase() {
        assertEquals("eur", StripeAmounts.currency(Money.of("1.00", "EUR")));
    }
}
