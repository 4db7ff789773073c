package io.openshop.domain.checkout;

import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rounding policy's promises, checked over many random carts (seeded, so a failure can be replayed). */
class PricingPropertyTest {

    private static final BigDecimal[] RATES = {new BigDecimal("0.19"), new BigDecimal("0.07"), new BigDecimal("0.21"),
            new BigDecimal("0.055"), BigDecimal.ZERO, new BigDecimal("0.2")};

    @RepeatedTest(2000)
    void linesAlwaysAddUpToTheTotals(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition() * 7919L);
        List<PricingLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            Money unit = Money.of(BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 500 : 50_000), 2), Currency.getInstance("EUR"));
            lines.add(new PricingLine(i, "SKU-" + i, "Item " + i, unit, 1 + random.nextInt(99), RATES[random.nextInt(RATES.length)]));
        }
        Money subtotal = lines.stream().map(PricingLine::subtotal).reduce(Money.zero(Currency.getInstance("EUR")), Money::plus);
        Coupon coupon = switch (random.nextInt(4)) {
            case 0 -> Coupon.percentage("PCT", BigDecimal.valueOf(1 + random.nextInt(100)), null);
            case 1 -> Coupon.fixedAmount("FIX", Money.of(BigDecimal.valueOf(1 + random.nextInt(20_000), 2),
                    Currency.getInstance("EUR")), null);
            case 2 -> Coupon.freeShipping("SHIP", null);
            default -> null;
        };
        Money discount = coupon == null ? Money.of("0", "EUR") : coupon.discountOn(subtotal);
        Money shipping = Money.of(BigDecimal.valueOf(random.nextInt(3000), 2), Currency.getInstance("EUR"));
        boolean included = random.nextBoolean();

        PriceBreakdown p = Pricing.price(lines, discount, shipping, RATES[random.nextInt(RATES.length)], included);

        Money zero = Money.of("0", "EUR");
        assertEquals(subtotal, p.subtotal());
        assertEquals(p.tax(), p.lines().stream().map(PricedLine::tax).reduce(zero, Money::plus).plus(p.shippingTax()),
                "order tax = Σ line taxes + shipping tax");
        assertEquals(p.discount(), p.lines().stream().map(PricedLine::discount).reduce(zero, Money::plus),
                "discount = Σ line discounts");
        assertEquals(p.grandTotal(), p.lines().stream().map(PricedLine::total).reduce(zero, Money::plus).plus(p.shippingTotal()),
                "grand total = Σ line totals + shipping");
        assertEquals(p.grandTotal(), p.subtotal().minus(p.discount()).plus(p.shipping()).plus(included ? zero : p.tax()),
                "grand total = subtotal - discount + shipping (+ tax when prices exclude it)");
        for (PricedLine line : p.lines()) {
            assertFalse(line.discount().isNegative(), "a line's discount is never negative");
            assertTrue(line.discount().compareTo(line.subtotal()) <= 0, "a line is never discounted below zero");
            assertFalse(line.tax().isNegative());
            assertFalse(line.total().isNegative());
            Money amount = line.subtotal().minus(line.discount());
            BigDecimal rate = line.line().taxRate();
            BigDecimal expected = included
                    ? amount.amount().multiply(rate).divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_EVEN)
                    : amount.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
            assertEquals(expected, line.tax().amount(), "tax per line, on the discounted amount, half-even");
        }
        assertFalse(p.grandTotal().isNegative());
        assertTrue(p.discount().compareTo(p.subtotal()) <= 0);
    }

    @Test
    void theDiscountIsTakenBeforeTax() {
        // 100.00 excl. tax at 19 % with 10 % off: tax on 90.00 is 17.10, not 19.00.
        PriceBreakdown p = Pricing.price(List.of(new PricingLine(1, "A", "A", Money.of("100.00", "EUR"), 1, new BigDecimal("0.19"))),
                Money.of("10.00", "EUR"), Money.of("0", "EUR"), new BigDecimal("0.19"), false);
        assertEquals(Money.of("17.10", "EUR"), p.tax());
        assertEquals(Money.of("107.10", "EUR"), p.grandTotal());
    }

    @Test
    void theRemainderOfASharedDiscountGoesToTheLastLine() {
        List<Money> shares = Pricing.allocate(List.of(Money.of("1.00", "EUR"), Money.of("1.00", "EUR"), Money.of("1.00", "EUR")),
                Money.of("1.00", "EUR"));
        assertEquals(List.of(Money.of("0.33", "EUR"), Money.of("0.33", "EUR"), Money.of("0.34", "EUR")), shares);
    }

    @Test
    void aRemainderTheLastLineCannotTakeGoesToAnEarlierOne() {
        List<Money> shares = Pricing.allocate(List.of(Money.of("9.99", "EUR"), Money.of("0.00", "EUR")), Money.of("5.00", "EUR"));
        assertEquals(List.of(Money.of("5.00", "EUR"), Money.of("0.00", "EUR")), shares);
    }

    @Test
    void taxIncludedInPricesIsExtractedPerLine() {
        // 3 × 0.99 at 19 % incl.: 2.97 × 0.19 / 1.19 = 0.4741… → 0.47
        PriceBreakdown p = Pricing.price(List.of(new PricingLine(1, "A", "A", Money.of("0.99", "EUR"), 3, new BigDecimal("0.19"))),
                Money.of("0", "EUR"), Money.of("0", "EUR"), new BigDecimal("0.19"), true);
        assertEquals(Money.of("0.47", "EUR"), p.tax());
        assertEquals(Money.of("2.97", "EUR"), p.grandTotal());
    }
}
