package io.openshop.domain.checkout;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The shop's one rounding policy for prices, discounts and tax.
 *
 * <ol>
 *   <li>A line's subtotal is unit price × quantity (exact: prices are held at the currency's scale).</li>
 *   <li>The discount is taken before tax and shared among lines in proportion to their subtotals,
 *       each share rounded down to the cent; what rounding leaves over goes to the last line (to
 *       earlier lines only where the last cannot take it), so the shares add up to the discount exactly.</li>
 *   <li>Tax is computed per line on the discounted line amount and rounded half-even to the cent:
 *       when prices include tax, tax = amount × rate / (1 + rate); when they do not, tax = amount × rate.</li>
 *   <li>Shipping is taxed the same way at the destination's standard rate, as one more line.</li>
 *   <li>The order's tax is the sum of the line taxes (never recomputed on the total), so the lines
 *       always add up to the totals.</li>
 * </ol>
 */
public final class Pricing {

    private Pricing() {
    }

    public static PriceBreakdown price(List<PricingLine> lines, Money discount, Money shipping,
                                       BigDecimal shippingTaxRate, boolean pricesIncludeTax) {
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        Currency currency = lines.get(0).unitPrice().currency();
        Money zero = Money.zero(currency);
        List<Money> subtotals = lines.stream().map(PricingLine::subtotal).toList();
        Money subtotal = subtotals.stream().reduce(zero, Money::plus);
        if (discount.isNegative() || shipping.isNegative()) {
            throw new IllegalArgumentException("discount and shipping are never negative");
        }
        Money cappedDiscount = discount.compareTo(subtotal) > 0 ? subtotal : discount;
        List<Money> shares = allocate(subtotals, cappedDiscount);

        List<PricedLine> priced = new ArrayList<>();
        Money tax = zero;
        Money total = zero;
        for (int i = 0; i < lines.size(); i++) {
            PricingLine line = lines.get(i);
            Money amount = subtotals.get(i).minus(shares.get(i));
            Money lineTax = tax(amount, line.taxRate(), pricesIncludeTax);
            Money lineTotal = pricesIncludeTax ? amount : amount.plus(lineTax);
            priced.add(new PricedLine(line, subtotals.get(i), shares.get(i), lineTax, lineTotal));
            tax = tax.plus(lineTax);
            total = total.plus(lineTotal);
        }
        Money shippingTax = tax(shipping, shippingTaxRate, pricesIncludeTax);
        Money shippingTotal = pricesIncludeTax ? shipping : shipping.plus(shippingTax);
        return new PriceBreakdown(priced, subtotal, cappedDiscount, shipping, shippingTax, tax.plus(shippingTax),
                total.plus(shippingTotal), pricesIncludeTax);
    }

    static Money tax(Money amount, BigDecimal rate, boolean included) {
        int scale = amount.amount().scale();
        BigDecimal tax = included
                ? amount.amount().multiply(rate).divide(BigDecimal.ONE.add(rate), scale, RoundingMode.HALF_EVEN)
                : amount.amount().multiply(rate).setScale(scale, RoundingMode.HALF_EVEN);
        return Money.of(tax, amount.currency());
    }

    /**
     * Shares a discount among amounts in proportion to them: each share rounded down, the rest
     * to the last amount that has room. Shares never exceed their amount and add up to the discount.
     */
    public static List<Money> allocate(List<Money> amounts, Money discount) {
        Currency currency = discount.currency();
        Money zero = Money.zero(currency);
        Money total = amounts.stream().reduce(zero, Money::plus);
        if (discount.compareTo(total) > 0) {
            throw new IllegalArgumentException("a discount of " + discount + " is more than " + total);
        }
        List<Money> shares = new ArrayList<>();
        Money given = zero;
        for (Money amount : amounts) {
            Money share = total.amount().signum() == 0 ? zero : Money.of(discount.amount().multiply(amount.amount())
                    .divide(total.amount(), discount.amount().scale(), RoundingMode.DOWN), currency);
            shares.add(share);
            given = given.plus(share);
        }
        Money rest = discount.minus(given);
        for (int i = amounts.size() - 1; i >= 0 && rest.amount().signum() > 0; i--) {
            Money room = amounts.get(i).minus(shares.get(i));
            Money take = room.compareTo(rest) < 0 ? room : rest;
            shares.set(i, shares.get(i).plus(take));
            rest = rest.minus(take);
        }
        return shares;
    }
}
