package io.openshop.service.cart;

import io.openshop.service.identity.CurrentAccount;
import io.openshop.domain.cart.Cart;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogServices;
import io.openshop.service.testing.FakeAccountRepository;
import io.openshop.service.testing.FakeCartRepository;
import io.openshop.service.testing.FakeCatalogRepository;
import io.openshop.service.testing.FakeSessionContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guest and account carts against in-memory carts, accounts and catalog: lines, their limits and who may see a cart. */
class CartServiceTest {

    private final FakeCatalogRepository catalog = new FakeCatalogRepository();
    private final FakeCartRepository carts = new FakeCartRepository();
    private final FakeAccountRepository accounts = new FakeAccountRepository();
    private final FakeSessionContext session = new FakeSessionContext();
    private CartService service;

    @BeforeEach
    void setUp() {
        catalog.sell("TEE-001", "Tee", Money.of("20.00", "EUR"));
        catalog.sell("MUG-001", "Mug", Money.of("8.50", "EUR"));
        catalog.sell("HAT-001", "Hat", Money.of("15.00", "USD"));
        service = new CartService();
        service.carts = carts;
        service.catalog = CatalogServices.over(catalog, "EUR", "USD");
        service.current = new CurrentAccount(session, accounts);
        service.pricesIncludeTax = true;
    }

    private static void assertAmount(String expected, Money actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), "expected " + expected + ", got " + actual);
    }

    private UserAccount customer(String email) {
        UserAccount account = UserAccount.customer(EmailAddress.of(email), "Customer", "x", Instant.now());
        accounts.add(account);
        return account;
    }

    @Test
    void linesAreAddedChangedAndRemovedAndPricedByTheCatalog() {
        String token = service.create("eur").token();
        assertTrue(Cart.isWellFormedToken(token));

        service.addLine(token, " tee-001 ", 2);
        service.addLine(token, "MUG-001", 1);
        CartView added = service.addLine(token, "TEE-001", 1);
        assertEquals(List.of("TEE-001", "MUG-001"), added.lines().stream().map(CartView.Line::sku).toList());
        assertEquals(3, added.lines().get(0).quantity(), "the same SKU again adds to its line");
        assertAmount("68.50", added.subtotal());
        assertEquals(4, added.itemCount());
        assertTrue(added.sellable() && added.open());

        CartView changed = service.changeLine(token, "tee-001", 1);
        assertAmount("28.50", changed.subtotal());
        CartView removed = service.removeLine(token, "MUG-001");
        assertEquals(List.of("TEE-001"), removed.lines().stream().map(CartView.Line::sku).toList());
        assertAmount("20.00", service.view(token).subtotal()); // the cart is stored, not only answered
    }

    @Test
    void quantitiesStayBetweenOneAndNinetyNineOfAnItem() {
        String token = service.create("EUR").token();
        for (int wrong : new int[]{0, -1, 100}) {
            assertEquals("quantity", assertThrows(InvalidInputException.class, () -> service.addLine(token, "TEE-001", wrong)).field());
        }
        service.addLine(token, "TEE-001", 98);
        assertEquals("quantity", assertThrows(InvalidInputException.class, () -> service.addLine(token, "TEE-001", 2)).field(),
                "98 + 2 is more than one line may hold");
        assertEquals("quantity", assertThrows(InvalidInputException.class, () -> service.changeLine(token, "TEE-001", 0)).field());
        assertEquals(98, service.view(token).lines().get(0).quantity(), "refusals change nothing");
    }

    @Test
    void anUnknownSkuOrOneNotSoldInTheCartsCurrencyIsABadInput() {
        String token = service.create("EUR").token();
        assertEquals("sku", assertThrows(InvalidInputException.class, () -> service.addLine(token, "NOPE-404", 1)).field());
        assertEquals("sku", assertThrows(InvalidInputException.class, () -> service.addLine(token, "HAT-001", 1)).field(),
                "the hat is priced in dollars only");
        assertTrue(service.view(token).lines().isEmpty());

        String dollars = service.create("USD").token();
        assertAmount("15.00", service.addLine(dollars, "HAT-001", 1).subtotal());
    }

    @Test
    void changingOrRemovingALineTheCartDoesNotHaveIsNotFound() {
        String token = service.create("EUR").token();
        service.addLine(token, "TEE-001", 1);
        assertThrows(NotFoundException.class, () -> service.changeLine(token, "MUG-001", 2));
        assertThrows(NotFoundException.class, () -> service.removeLine(token, "MUG-001"));
    }

    @Test
    void aTokenThatNamesNoCartAndACurrencyTheShopDoesNotSellInAreRefused() {
        assertThrows(NotFoundException.class, () -> service.view("not-a-token"));
        assertThrows(NotFoundException.class, () -> service.view("a".repeat(43)));
        assertEquals("currency", assertThrows(InvalidInputException.class, () -> service.create("GBP")).field());
        assertTrue(carts.carts.isEmpty());
    }

    @Test
    void anAccountsCartIsMadeOnceAndIsInvisibleToOthers() {
        customer("owner@example.org");
        session.signedIn("owner@example.org", Roles.CUSTOMER);
        CartView mine = service.addToMyCart("TEE-001", 2);
        assertEquals(mine.token(), service.myCart(null).token(), "the same cart next time");
        assertEquals(1, carts.carts.size());

        session.anonymous();
        assertThrows(NotFoundException.class, () -> service.view(mine.token()), "to anyone else the token names nothing");
        assertThrows(NotAuthenticatedException.class, () -> service.myCart(null));
        customer("other@example.org");
        session.signedIn("other@example.org", Roles.CUSTOMER);
        assertThrows(NotFoundException.class, () -> service.addLine(mine.token(), "MUG-001", 1));
        assertEquals("quantity", assertThrows(InvalidInputException.class, () -> service.addToMyCart("MUG-001", null)).field());
    }

    @Test
    void aGuestCartJoinsTheAccountCartOnceAtSignIn() {
        String guest = service.create("EUR").token();
        service.addLine(guest, "TEE-001", 2);
        service.addLine(guest, "MUG-001", 1);
        customer("shopper@example.org");
        session.signedIn("shopper@example.org", Roles.CUSTOMER);
        service.addToMyCart("TEE-001", 1);

        SignedInCart first = service.signedIn(guest, null);
        SignedInCart again = service.signedIn(guest, null);

        assertTrue(first.merged());
        assertFalse(again.merged(), "a second sign-in merges nothing");
        CartView account = service.myCart(null);
        assertEquals(3, account.lines().stream().filter(l -> l.sku().equals("TEE-001")).findFirst().orElseThrow().quantity());
        assertEquals(4, account.itemCount());
    }
}
