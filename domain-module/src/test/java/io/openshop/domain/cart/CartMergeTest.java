package io.openshop.domain.cart;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule for taking a guest's cart into an account's cart at sign-in. */
class CartMergeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Currency EUR = Currency.getInstance("EUR");

    private static int quantity(Cart cart, long variantId) {
        return cart.line(variantId).orElseThrow().getQuantity();
    }

    @Test
    void quantitiesOfTheSameVariantAreAddedAndNewLinesTakenOver() {
        Cart account = Cart.forCustomer(7, EUR, NOW);
        account.add(1, "SKU-1", 2, NOW);
        Cart guest = Cart.forGuest(EUR, NOW);
        guest.add(1, "SKU-1", 3, NOW);
        guest.add(2, "SKU-2", 1, NOW);

        Cart.MergeOutcome outcome = account.mergeFrom(guest, NOW);

        assertTrue(outcome.merged());
        assertEquals(2, outcome.linesTaken());
        assertEquals(5, quantity(account, 1));
        assertEquals(1, quantity(account, 2));
        assertTrue(guest.isMerged());
        assertFalse(guest.isOpen());
        assertTrue(account.isOpen());
    }

    @Test
    void aSumAboveTheMaximumIsCappedAtTheMaximumAndReported() {
        Cart account = Cart.forCustomer(7, EUR, NOW);
        account.add(1, "SKU-1", 60, NOW);
        Cart guest = Cart.forGuest(EUR, NOW);
        guest.add(1, "SKU-1", 50, NOW);

        Cart.MergeOutcome outcome = account.mergeFrom(guest, NOW);

        assertEquals(Cart.MAX_QUANTITY, quantity(account, 1));
        assertEquals(List.of("SKU-1"), outcome.cappedSkus());
    }

    @Test
    void aGuestCartIsMergedOnlyOnce() {
        Cart account = Cart.forCustomer(7, EUR, NOW);
        Cart guest = Cart.forGuest(EUR, NOW);
        guest.add(1, "SKU-1", 4, NOW);

        assertTrue(account.mergeFrom(guest, NOW).merged());
        Cart.MergeOutcome again = account.mergeFrom(guest, NOW.plusMinutes(1));

        assertFalse(again.merged(), "a second sign-in or a reload merges nothing");
        assertEquals(4, quantity(account, 1));
        assertThrows(Cart.MergedException.class, () -> guest.add(2, "SKU-2", 1, NOW), "a merged guest cart is closed");
    }

    @Test
    void linesBeyondTheLimitAreLeftOutNotLost() {
        Cart account = Cart.forCustomer(7, EUR, NOW);
        for (int i = 0; i < Cart.MAX_LINES; i++) {
            account.add(i, "SKU-" + i, 1, NOW);
        }
        Cart guest = Cart.forGuest(EUR, NOW);
        guest.add(0, "SKU-0", 1, NOW);
        guest.add(1000, "SKU-1000", 1, NOW);

        Cart.MergeOutcome outcome = account.mergeFrom(guest, NOW);

        assertEquals(Cart.MAX_LINES, account.getLines().size());
        assertEquals(2, quantity(account, 0), "a variant already there still adds up");
        assertEquals(List.of("SKU-1000"), outcome.leftOutSkus());
    }

    @Test
    void checkedOutAccountCartsAndOtherAccountsCartsAreNotMerged() {
        Cart account = Cart.forCustomer(7, EUR, NOW);
        Cart othersCart = Cart.forCustomer(8, EUR, NOW);
        othersCart.add(1, "SKU-1", 1, NOW);

        assertFalse(account.mergeFrom(othersCart, NOW).merged(), "only guest carts are taken over");
        assertTrue(account.getLines().isEmpty());
        assertTrue(othersCart.isOpen());
        assertFalse(account.mergeFrom(account, NOW).merged());

        Cart guest = Cart.forGuest(EUR, NOW);
        assertThrows(IllegalStateException.class, () -> guest.mergeFrom(Cart.forGuest(EUR, NOW), NOW),
                "a guest cart takes nothing in");
    }

    @Test
    void theCurrencyOfAnOpenCartCanChange() {
        Cart cart = Cart.forGuest(EUR, NOW);
        cart.add(1, "SKU-1", 1, NOW);
        cart.changeCurrency(Currency.getInstance("USD"), NOW);
        assertEquals("USD", cart.getCurrency().getCurrencyCode());
        assertEquals(1, cart.getLines().size());
    }
}
