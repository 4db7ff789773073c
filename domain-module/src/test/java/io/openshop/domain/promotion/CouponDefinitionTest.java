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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules staff meet when they define a coupon in the back office: each refusal names its field. */
class CouponDefinitionTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    private static String refusedField(Runnable definition) {
        return assertThrows(InvalidInputException.class, definition::run).field();
    }

    @Test
    void aPercentageCouponIsDefinedWithItsCodeNormalisedAndItsWindowAndLimit() {
        Coupon c = Coupon.define("  welcome-10 ", CouponKind.PERCENTAGE, new BigDecimal("12.5"), EUR, 500, NOW, NOW.plusDays(30));
        assertEquals("WELCOME-10", c.getCode());
        assertEquals(CouponKind.PERCENTAGE, c.getKind());
        assertEquals(new BigDecimal("12.50"), c.getPercent());
        assertNull(c.getAmount(), "the currency is ignored for a percentage");
        assertEquals(500, c.getUsageLimit());
        assertEquals(NOW, c.getValidFrom());
        assertEquals(NOW.plusDays(30), c.getValidTo());
        assertTrue(c.isActive());
        c.requireUsable(NOW, EUR);
    }

    @Test
    void aFixedAmountCarriesItsCurrencyAndFreeShippingNeedsNoValue() {
        Coupon five = Coupon.define("SAVE5", CouponKind.FIXED_AMOUNT, new BigDecimal("5"), EUR, null, null, null);
        assertEquals(Money.of("5.00", "EUR"), five.getAmount());
        assertNull(five.getUsageLimit());
        Coupon ship = Coupon.define("freeship", CouponKind.FREE_SHIPPING, null, null, 1, null, null);
        assertTrue(ship.givesFreeShipping());
        assertEquals(1, ship.getUsageLimit());
    }

    @Test
    void percentagesOutsideZeroToHundredAreRefusedAsValue() {
        for (String bad : new String[] {"0", "-5", "100.01", "12.345"}) {
            assertEquals("value", refusedField(() -> Coupon.define("P1X", CouponKind.PERCENTAGE, new BigDecimal(bad), null, null, null, null)), bad);
        }
        assertEquals("value", refusedField(() -> Coupon.define("P1X", CouponKind.PERCENTAGE, null, null, null, null, null)));
        assertEquals(new BigDecimal("100.00"), Coupon.define("ALL", CouponKind.PERCENTAGE, new BigDecimal("100"), null, null, null, null).getPercent());
    }

    @Test
    void fixedAmountsMustBePositiveInACurrencyWithItsDecimals() {
        assertEquals("value", refusedField(() -> Coupon.define("F1X", CouponKind.FIXED_AMOUNT, BigDecimal.ZERO, EUR, null, null, null)));
        assertEquals("value", refusedField(() -> Coupon.define("F1X", CouponKind.FIXED_AMOUNT, new BigDecimal("-1"), EUR, null, null, null)));
        assertEquals("value", refusedField(() -> Coupon.define("F1X", CouponKind.FIXED_AMOUNT, new BigDecimal("1.005"), EUR, null, null, null)));
        assertEquals("value", refusedField(() -> Coupon.define("F1X", CouponKind.FIXED_AMOUNT, new BigDecimal("5.5"), JPY, null, null, null)));
        assertEquals("value", refusedField(() -> Coupon.define("F1X", CouponKind.FIXED_AMOUNT, new BigDecimal("1000000"), EUR, null, null, null)));
        assertEquals("currency", refusedField(() -> Coupon.define("F1X", CouponKind.FIXED_AMOUNT, BigDecimal.TEN, null, null, null, null)));
    }

    @Test
    void codeKindLimitAndWindowAreCheckedByName() {
        assertEquals("code", refusedField(() -> Coupon.define("a b", CouponKind.FREE_SHIPPING, null, null, null, null, null)));
        assertEquals("code", refusedField(() -> Coupon.define(null, CouponKind.FREE_SHIPPING, null, null, null, null, null)));
        assertEquals("code", refusedField(() -> Coupon.define("AB", CouponKind.FREE_SHIPPING, null, null, null, null, null)));
        assertEquals("kind", refusedField(() -> Coupon.define("OK1", null, null, null, null, null, null)));
        assertEquals("usageLimit", refusedField(() -> Coupon.define("OK1", CouponKind.FREE_SHIPPING, null, null, 0, null, null)));
        assertEquals("validTo", refusedField(() -> Coupon.define("OK1", CouponKind.FREE_SHIPPING, null, null, null, NOW, NOW)));
        assertEquals("validTo", refusedField(() -> Coupon.define("OK1", CouponKind.FREE_SHIPPING, null, null, null, NOW, NOW.minusDays(1))));
    }

    @Test
    void aDeactivatedCouponIsRefusedAndWorksAgainOnceReactivated() {
        Coupon c = Coupon.define("BACK", CouponKind.FREE_SHIPPING, null, null, null, null, null);
        c.deactivate();
        assertFalse(c.isActive());
        assertEquals("couponCode", assertThrows(InvalidInputException.class, () -> c.requireUsable(NOW, EUR)).field());
        c.activate();
        c.requireUsable(NOW, EUR);
    }
}
