package io.openshop.web.catalog;

import io.openshop.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats money for pages ("€19.99", "US$26.99"). A converter inside ui:repeat is built once for
 * the whole loop, so a per-row currency must be formatted here rather than by f:convertNumber.
 */
@Named
@ApplicationScoped
public class MoneyFormat {

    private static final Locale SHOP_LOCALE = Locale.forLanguageTag("en-IE");

    public String format(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(SHOP_LOCALE);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.amount().scale());
        format.setMaximumFractionDigits(money.amount().scale());
        return format.format(money.amount());
    }
}
