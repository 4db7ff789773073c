package io.openshop.domain.promotion;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CouponTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aPercentageIsOfTheGoodsRoundedHalfEven() {
        Coupon c = Coupon.percentage("TEN", new BigDecimal("10"), 100);
        assertEquals(Money.of("1.24", "EUR"), c.discountOn(Money.of("12.45", "EUR"))); // 1.245 → 1.24
        assertEquals(Money.of("1.26", "EUR"), c.discountOn(Money.of("12.55", "EUR"))); // 1.255 → 1.26
        assertFalse(c.givesFreeShipping());
    }

    @Test
    void aFixedAmountNeverTakesTheGoodsBelowZero() {
        Coupon c = Coupon.fixedAmount("FIVE", Money.of("5.00", "EUR"), null);
        assertEquals(Money.of("5.00", "EUR"), c.discountOn(Money.of("12.00", "EUR")));
        assertEquals(Money.of("3.00", "EUR"), c.discountOn(Money.of("3.00", "EUR")));
    }

    @Test
    void freeShippingTakesNothingOffTheGoods() {
        Coupon c = Coupon.freeShipping("SHIPFREE", null);
        assertEquals(Money.of("0.00", "EUR"), c.discountOn(Money.of("30.00", "EUR")));
        assertTrue(c.givesFreeShipping());
    }

    @Test
    void badCouponsAreRefused() {
        assertThrows(InvalidInputException.class, () -> Coupon.percentage("ZERO", BigDecimal.ZERO, null));
        assertThrows(InvalidInputException.class, () -> Coupon.percentage("MORE", new BigDecimal("100.01"), null));
        assertThrows(InvalidInputException.class, () -> Coupon.fixedAmount("NEG", Money.of("-1", "EUR"), null));
        assertThrows(InvalidInputException.class, () -> Coupon.percentage("OK", BigDecimal.TEN, -1));
        assertThrows(InvalidInputException.class, () -> Coupon.normalise("a b"));
        assertEquals("WELCOME-10", Coupon.normalise(" welcome-10 "));
    }

    @Test
    void aCouponOutsideItsWindowOrInAnotherCurrencyOrUsedUpIsRefused() {
        Coupon windowed = Coupon.percentage("LATER", BigDecimal.TEN, null);
        windowed.validBetween(NOW.plusDays(1), NOW.plusDays(2));
        assertThrows(InvalidInputException.class, () -> windowed.requireUsable(NOW, EUR));
        windowed.validBetween(NOW.minusDays(1), NOW);
        assertThrows(InvalidInputException.class, () -> windowed.requireUsable(NOW, EUR), "the end is exclusive");
        windowed.validBetween(NOW.minusDays(1), NOW.plusDays(1));
        windowed.requireUsable(NOW, EUR);

        Coupon usd = Coupon.fixedAmount("USD5", Money.of("5", "USD"), null);
        assertThrows(InvalidInputException.class, () -> usd.requireUsable(NOW, EUR));

        Coupon none = Coupon.percentage("NONE", BigDecimal.TEN, 0);
        assertThrows(CouponUsedUpException.class, () -> none.requireUsable(NOW, EUR));

        Coupon off = Coupon.freeShipping("OFF", null);
        off.deactivate();
        assertThrows(InvalidInputException.class, () -> off.requireUsable(NOW, EUR));
    }
}
