package io.openshop.domain.cart;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Cart cart() {
        return Cart.forGuest(Currency.getInstance("EUR"), NOW);
    }

    @Test
    void guestTokensAreLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = cart().getToken();
            assertEquals(43, token.length());
            assertTrue(Cart.isWellFormedToken(token));
            tokens.add(token);
        }
        assertEquals(1000, tokens.size());
        assertFalse(Cart.isWellFormedToken("short"));
        assertFalse(Cart.isWellFormedToken("x".repeat(40) + "/../"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void zeroNegativeAndAbsurdQuantitiesAreRefused(int quantity) {
        Cart cart = cart();
        assertThrows(InvalidInputException.class, () -> cart.add(1, "SKU-1", quantity, NOW));
        cart.add(1, "SKU-1", 1, NOW);
        assertThrows(InvalidInputException.class, () -> cart.change(1, quantity, NOW));
        assertEquals(1, cart.getLines().get(0).getQuantity());
    }

    @Test
    void addingTheSameVariantAddsUpToNinetyNine() {
        Cart cart = cart();
        cart.add(1, "SKU-1", 60, NOW);
        cart.add(1, "SKU-1", 39, NOW);
        assertEquals(1, cart.getLines().size());
        assertEquals(99, cart.getLines().get(0).getQuantity());
        assertThrows(InvalidInputException.class, () -> cart.add(1, "SKU-1", 1, NOW));
    }

    @Test
    void linesAreChangedAndRemovedByVariant() {
        Cart cart = cart();
        cart.add(1, "SKU-1", 2, NOW);
        cart.add(2, "SKU-2", 3, NOW);
        cart.change(2, 5, NOW);
        assertEquals(5, cart.line(2).orElseThrow().getQuantity());
        cart.remove(1, NOW);
        assertEquals(1, cart.getLines().size());
        assertThrows(NotFoundException.class, () -> cart.remove(1, NOW));
        assertThrows(NotFoundException.class, () -> cart.change(1, 1, NOW));
    }
}
