package io.openshop.service.checkout;

import io.openshop.domain.shared.Money;

/**
 * The totals a checkout would charge now, computed by the same rules as the order itself.
 *
 * @param tax        the tax contained in (prices include tax) or added to (they do not) the total
 * @param couponCode   the coupon applied, normalised; null when none was given
 * @param freeShipping the coupon gives free shipping (instead of money off the goods)
 */
public record CheckoutQuote(Money subtotal, Money discount, Money shipping, Money tax, Money grandTotal,
                            boolean pricesIncludeTax, String couponCode, boolean freeShipping) {
}
