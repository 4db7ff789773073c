package io.openshop.web.platform;

import io.openshop.domain.shared.Money;

import java.math.BigDecimal;

/** An amount of money in the API: a decimal at the currency's scale and an ISO 4217 code. */
public record MoneyResponse(BigDecimal amount, String currency) {

    public static MoneyResponse of(Money money) {
        return money == null ? null : new MoneyResponse(money.amount(), money.currency().getCurrencyCode());
    }
}
