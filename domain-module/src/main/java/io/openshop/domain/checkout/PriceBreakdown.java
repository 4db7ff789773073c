package io.openshop.domain.checkout;

import io.openshop.domain.shared.Money;

import java.util.List;

/**
 * The whole of an order's money, made by {@link Pricing}. By construction: discount = Σ line
 * discounts, tax = Σ line taxes + shipping tax, and grand total = Σ line totals + shipping total.
 *
 * @param shipping    the shipping charge as configured (tax included when prices include tax)
 * @param shippingTax the tax in or on the shipping charge
 */
public record PriceBreakdown(List<PricedLine> lines, Money subtotal, Money discount, Money shipping,
                             Money shippingTax, Money tax, Money grandTotal, boolean pricesIncludeTax) {

    public PriceBreakdown {
        lines = List.copyOf(lines);
    }

    /** What the customer pays for shipping, tax included. */
    public Money shippingTotal() {
        return pricesIncludeTax ? shipping : shipping.plus(shippingTax);
    }
}
