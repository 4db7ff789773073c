package io.openshop.service.payment.infrastructure;

import io.openshop.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Stripe counts money in the currency's smallest unit as an integer (12.34 EUR = 1234, 500 JPY =
 * 500) and names currencies in lower case. Conversion is exact: an amount finer than the unit is
 * refused, never rounded.
 */
final class StripeAmounts {

    private StripeAmounts() {
    }

    static long toMinorUnits(Money money) {
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        return money.amount().movePointRight(digits).longValueExact();
    }

    static Money fromMinorUnits(long minor, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        return Money.of(BigDecimal.valueOf(minor).movePointLeft(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    static String currency(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }
}
