package io.openshop.web.catalog;

import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyFormatTest {

    private final MoneyFormat format = new MoneyFormat();

    @Test
    void formatsEachAmountInItsOwnCurrency() {
        assertEquals("€19.99", format.format(Money.of("19.99", "EUR")));
        assertEquals("US$26.99", format.format(Money.of("26.99", "USD")));
        assertEquals("€1,349.00", format.format(Money.of("1349", "EUR")));
        assertEquals("", format.format(null));
    }
}
