package io.openshop.service.checkout;

import io.openshop.service.identity.CurrentAccount;
import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.cart.Cart;
import io.openshop.domain.checkout.IdempotencyKeyReusedException;
import io.openshop.domain.checkout.ShippingMethod;
import io.openshop.domain.checkout.ShippingRate;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.OutOfStockException;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponUsedUpException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogServices;
import io.openshop.service.inventory.InventoryServices;
import io.openshop.service.order.OrderView;
import io.openshop.service.testing.FakeAccountRepository;
import io.openshop.service.testing.FakeCartRepository;
import io.openshop.service.testing.FakeCatalogRepository;
import io.openshop.service.testing.FakeCheckoutRepository;
import io.openshop.service.testing.FakeCouponRepository;
import io.openshop.service.testing.FakeInventoryRepository;
import io.openshop.service.testing.FakeLiveEvents;
import io.openshop.service.testing.FakeProviders;
import io.openshop.domain.checkout.CarrierRate;
import io.openshop.domain.checkout.TaxProvider;
import io.openshop.service.testing.FakeOrderRepository;
import io.openshop.service.testing.FakePaymentGateway;
import io.openshop.service.testing.FakePaymentRepository;
import io.openshop.service.testing.FakeSessionContext;
import io.openshop.service.testing.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placing an order against in-memory repositories, the real catalog price rule and the real
 * reservation loop: prices come from the catalog, the coupon's use is taken, a retry under the
 * same key replays the first order, and what cannot be sold or charged is refused before any
 * money moves.
 */
class CheckoutServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final FakeCatalogRepository catalog = new FakeCatalogRepository();
    private final FakeInventoryRepository stock = new FakeInventoryRepository();
    private final FakeCartRepository carts = new FakeCartRepository();
    private final FakeCheckoutRepository checkout = new FakeCheckoutRepository();
    private final FakeCouponRepository coupons = new FakeCouponRepository();
    private final FakeOrderRepository orders = new FakeOrderRepository();
    private final FakePaymentRepository payments = new FakePaymentRepository();
    private final FakePaymentGateway gateway = new FakePaymentGateway();
    private final FakeAccountRepository accounts = new FakeAccountRepository();
    private final FakeSessionContext session = new FakeSessionContext();
    private final FakeLiveEvents live = new FakeLiveEvents();
    private final FakeProviders providers = new FakeProviders();
    private final RecordedEvent<CheckoutOutcome> outcomes = new RecordedEvent<>();
    private CheckoutService service;

    @BeforeEach
    void setUp() {
        catalog.sell("TEE-001", "Tee", Money.of("20.00", "EUR"));
        catalog.sell("MUG-001", "Mug", Money.of("8.50", "EUR"));
        stock.put(catalog.variantId("TEE-001"), 1, 10);
        stock.put(catalog.variantId("MUG-001"), 1, 1);
        checkout.taxRates.put("DE", Map.of("standard", new BigDecimal("0.19")));
        checkout.shipping.add(new FakeCheckoutRepository.Shipping("DE", new ShippingMethod(null, "standard", "Standard", EUR,
                Money.of("100.00", "EUR"), List.of(new ShippingRate(5000, new BigDecimal("4.90"))))));

        service = new CheckoutService();
        service.carts = carts;
        service.checkout = checkout;
        service.coupons = coupons;
        service.orders = orders;
        service.payments = payments;
        service.gateway = gateway;
        service.catalog = CatalogServices.over(catalog, "EUR", "USD");
        service.inventory = InventoryServices.over(stock, new RecordedEvent<LowStock>());
        service.current = new CurrentAccount(session, accounts);
        service.pricesIncludeTax = true;
        service.outcomes = outcomes;
        service.live = live;
        service.carriers = providers;
        service.taxProvider = providers;
        service.addressValidator = providers;
    }

    private Cart cart(Object... skuAndQuantity) {
        Cart cart = Cart.forGuest(EUR, OffsetDateTime.now(ZoneOffset.UTC));
        carts.add(cart);
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            String sku = (String) skuAndQuantity[i];
            cart.add(catalog.variantId(sku), sku, (Integer) skuAndQuantity[i + 1], OffsetDateTime.now(ZoneOffset.UTC));
        }
        return cart;
    }

    private static PlaceOrder order(Cart cart, String coupon, String paymentToken) {
        return new PlaceOrder(cart.getToken(), "ada@example.org",
                new PlaceOrder.Address("Ada", "Invalidenstr. 1", null, "10115", "Berlin", "DE"), "standard", coupon, paymentToken);
    }

    private static void assertAmount(String expected, Money actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), "expected " + expected + ", got " + actual);
        assertEquals(EUR, actual.currency());
    }

    private static PlaceOrder orderWith(Cart cart, String method, String country) {
        return new PlaceOrder(cart.getToken(), "ada@example.org",
                new PlaceOrder.Address("Ada", "Invalidenstr. 1", null, "10115", "Berlin", country), method, null, "tok_visa");
    }

    private static final String LIVE = "carrier:dhl_express:dhl_express_worldwide";

    @Test
    void aCarriersLiveRateIsOfferedNextToTheTableAndChargedAsQuotedEvenWhenTheCarrierIsGoneAfterwards() {
        providers.rates = List.of(new CarrierRate("DHL Express", "dhl_express_worldwide", "DHL Express Worldwide",
                Money.of("7.45", "EUR"), 1), new CarrierRate("usps", "priority", "USPS Priority", Money.of("3.00", "USD"), 5));
        Cart cart = cart("TEE-001", 2);

        List<ShippingOption> options = service.shippingOptions(cart.getToken(), orderWith(cart, null, "DE").shippingAddress());

        assertEquals(List.of("standard", LIVE), options.stream().map(ShippingOption::code).toList(), "cheapest first, USD left out");
        assertTrue(options.get(1).live());
        assertFalse(options.get(0).live());
        assertEquals(1, providers.parcels.size());
        assertEquals("10115", providers.parcels.get(0).to().getPostalCode());
        assertEquals(List.of("standard", LIVE), service.offeredShippingOptions(cart.getToken(), "DE").stream()
                .map(ShippingOption::code).toList(), "offered again from the kept quote");
        assertEquals(1, providers.parcels.size(), "without asking the carrier again");

        providers.rates = null; // the carrier is down now
        OrderView placed = service.placeOrder(orderWith(cart, LIVE, "DE"), "key-live");
        assertAmount("7.45", placed.shipping());
        assertEquals(LIVE, orders.orders.get(0).getShippingMethod());
    }

    @Test
    void aQuotedRateDoesNotHoldForAnotherCountryOrACartThatChanged() {
        providers.rates = List.of(new CarrierRate("dhl_express", "dhl_express_worldwide", null, Money.of("7.45", "EUR"), null));
        checkout.taxRates.put("FR", Map.of("standard", new BigDecimal("0.20")));
        Cart cart = cart("TEE-001", 1);
        service.shippingOptions(cart.getToken(), orderWith(cart, null, "DE").shippingAddress());

        InvalidInputException otherCountry = assertThrows(InvalidInputException.class,
                () -> service.placeOrder(orderWith(cart, LIVE, "FR"), "key-fr"));
        assertEquals("shippingMethod", otherCountry.field());
        cart.add(catalog.variantId("TEE-001"), "TEE-001", 1, OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals("shippingMethod", assertThrows(InvalidInputException.class,
                () -> service.placeOrder(orderWith(cart, LIVE, "DE"), "key-heavier")).field());
        assertTrue(orders.orders.isEmpty());
    }

    @Test
    void noCarrierAnswerOrAnIncompleteAddressLeavesTheShopsOwnMethods() {
        Cart cart = cart("TEE-001", 1);
        assertEquals(List.of("standard"), service.shippingOptions(cart.getToken(), orderWith(cart, null, "DE").shippingAddress())
                .stream().map(ShippingOption::code).toList());
        providers.rates = List.of(new CarrierRate("dhl_express", "x", null, Money.of("1.00", "EUR"), null));
        assertEquals(List.of("standard"), service.shippingOptions(cart.getToken(),
                new PlaceOrder.Address(null, null, null, null, null, "DE")).stream().map(ShippingOption::code).toList());
        assertTrue(providers.parcels.size() == 1, "an incomplete address is not rated: only the first call asked");
    }

    @Test
    void theTaxServicesRatesReplaceTheShopsAndItsSilenceKeepsThem() {
        providers.taxRates = new TaxProvider.Rates(Map.of("TEE-001", new BigDecimal("0.07")), new BigDecimal("0.07"));
        OrderView taxed = service.placeOrder(order(cart("TEE-001", 1), null, "tok_visa"), "key-tax-service");
        // shipping 4.90 at 7 % included: 0.32
        assertAmount("0.32", orders.orders.get(0).getShippingTax());
        assertEquals(0, new BigDecimal("0.07").compareTo(orders.orders.get(0).getLines().get(0).getTaxRate()));

        providers.taxRates = null;
        OrderView own = service.placeOrder(order(cart("TEE-001", 1), null, "tok_visa"), "key-tax-own");
        // shipping 4.90 at 19 % included: 0.78
        assertAmount("0.78", orders.orders.get(1).getShippingTax());
        assertEquals(0, new BigDecimal("0.19").compareTo(orders.orders.get(1).getLines().get(0).getTaxRate()));
        assertTrue(taxed.tax().compareTo(own.tax()) < 0, "7 % is less tax than 19 %: " + taxed.tax() + " vs " + own.tax());
        assertEquals(2, providers.taxCalls);
    }

    @Test
    void placesTheOrderAtTheCatalogsPricesReservesStockAndAuthorisesTheTotal() {
        Cart cart = cart("TEE-001", 2, "MUG-001", 1);

        OrderView placed = service.placeOrder(order(cart, null, "tok_visa"), "key-1");

        assertAmount("48.50", placed.subtotal());
        assertAmount("4.90", placed.shipping());
        assertAmount("53.40", placed.grandTotal());
        assertEquals(OrderStatus.PENDING_PAYMENT, placed.status());
        assertEquals("ada@example.org", placed.email());
        assertFalse(placed.replayed());
        assertEquals(1, orders.orders.size());
        assertEquals(2, stock.reserved(catalog.variantId("TEE-001"), 1));
        assertEquals(1, stock.reserved(catalog.variantId("MUG-001"), 1));
        assertTrue(carts.isCheckedOut(cart), "the cart is used up");
        assertEquals(1, gateway.calls("authorize").size());
        assertAmount("53.40", gateway.calls("authorize").get(0).amount());
        assertEquals(List.of("New order " + placed.number() + ": 53.40 EUR, 3 item(s)"), live.told.stream().map(LiveEvent::text).toList(),
                "open dashboards are told, without the shopper's email");
        Payment payment = payments.payments.get(0);
        assertEquals(PaymentStatus.AUTHORIZED, payment.getStatus());
        assertEquals(orders.orders.get(0).getId(), payment.getOrderId());
        assertEquals(orders.orders.get(0).getId(), checkout.claims.get("checkout/key-1").orderId, "the key now names the order");
        assertEquals(List.of(new CheckoutOutcome.Placed(placed.number(), placed.grandTotal())), outcomes.fired, "told to the metrics");
    }

    @Test
    void pricesAreTheCatalogsAtTheMomentOfTheOrderAndTheQuoteAgrees() {
        Cart cart = cart("TEE-001", 1);
        assertAmount("24.90", service.quote(order(cart, null, "tok_visa")).grandTotal());
        catalog.products.get(0).reprice(Money.of("25.00", "EUR"));

        CheckoutQuote quote = service.quote(order(cart, null, "tok_visa"));
        OrderView placed = service.placeOrder(order(cart, null, "tok_visa"), "key-reprice");

        assertAmount("29.90", quote.grandTotal());
        assertAmount("29.90", placed.grandTotal());
        assertTrue(stock.reserved(catalog.variantId("TEE-001"), 1) == 1, "only placing reserves");
    }

    @Test
    void aCouponDiscountsAndTakesAUseAndAUsedUpCouponIsRefused() {
        coupons.add(Coupon.percentage("SPRING10", new BigDecimal("10"), 1));

        OrderView placed = service.placeOrder(order(cart("TEE-001", 2), "spring10", "tok_visa"), "key-coupon-1");

        assertEquals("SPRING10", placed.couponCode(), "the code is taken in any case");
        assertAmount("4.00", placed.discount());
        assertAmount("40.90", placed.grandTotal());
        assertEquals(1, coupons.usesOf(coupons.coupons.get(0)));
        assertEquals(List.of(coupons.coupons.get(0).getId() + "→" + orders.orders.get(0).getId()), coupons.redemptions);

        assertThrows(CouponUsedUpException.class,
                () -> service.placeOrder(order(cart("TEE-001", 1), "SPRING10", "tok_visa"), "key-coupon-2"));
        assertEquals(1, orders.orders.size(), "no second order");
        assertEquals(1, gateway.calls("authorize").size(), "and no second charge");
        assertEquals(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.COUPON), outcomes.fired.get(1));
    }

    @Test
    void aCodeTheShopDoesNotHaveIsRefusedOnItsField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.placeOrder(order(cart("TEE-001", 1), "NOPE", "tok_visa"), "key-nope"));
        assertEquals("couponCode", refused.field());
        assertTrue(orders.orders.isEmpty());
        assertEquals(List.of(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.COUPON)), outcomes.fired);
    }

    @Test
    void aRetryUnderTheSameKeyReplaysTheFirstOrderAndAnotherRequestUnderItIsRefused() {
        Cart cart = cart("TEE-001", 1);
        OrderView first = service.placeOrder(order(cart, null, "tok_visa"), "key-retry");

        OrderView again = service.placeOrder(order(cart, null, "tok_visa"), "key-retry");

        assertEquals(first.number(), again.number());
        assertTrue(again.replayed());
        assertEquals(1, orders.orders.size());
        assertEquals(1, gateway.calls("authorize").size(), "charged once");
        assertEquals(1, stock.reserved(catalog.variantId("TEE-001"), 1), "reserved once");
        assertEquals(1, outcomes.fired.size(), "a replay is no new order");

        assertThrows(IdempotencyKeyReusedException.class,
                () -> service.placeOrder(order(cart, null, "tok_mastercard"), "key-retry"));
        assertEquals(1, orders.orders.size());
    }

    @Test
    void aMissingOrMalformedKeyIsRefusedBeforeAnythingHappens() {
        Cart cart = cart("TEE-001", 1);
        for (String key : new String[]{null, "", "has space", "x".repeat(101)}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> service.placeOrder(order(cart, null, "tok_visa"), key));
            assertEquals("Idempotency-Key", refused.field());
        }
        assertTrue(checkout.claims.isEmpty());
        assertFalse(carts.isCheckedOut(cart));
    }

    @Test
    void aDeclinedCardIsToldToTheMetricsAsARefusalAndNoOrderIsCounted() {
        assertThrows(io.openshop.domain.payment.PaymentDeclinedException.class,
                () -> service.placeOrder(order(cart("TEE-001", 1), null, "tok_declined"), "key-declined"));
        assertEquals(List.of(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.PAYMENT_DECLINED)), outcomes.fired);
    }

    @Test
    void whatIsOutOfStockIsRefusedAndNothingIsCharged() {
        Cart cart = cart("TEE-001", 1, "MUG-001", 2);

        OutOfStockException refused = assertThrows(OutOfStockException.class,
                () -> service.placeOrder(order(cart, null, "tok_visa"), "key-oos"));

        assertEquals("MUG-001", refused.sku());
        assertTrue(orders.orders.isEmpty());
        assertTrue(gateway.calls.isEmpty(), "no authorisation");
        assertTrue(payments.payments.isEmpty());
        assertEquals(List.of(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.OUT_OF_STOCK)), outcomes.fired);
    }

    @Test
    void aCardNumberIsNeverTakenForAPaymentToken() {
        Cart cart = cart("TEE-001", 1);
        for (String token : new String[]{"4242424242424242", "tok 4111111111111111", " ", "t".repeat(101)}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> service.placeOrder(order(cart, null, token), "key-" + token.hashCode()));
            assertEquals("paymentToken", refused.field());
        }
        assertTrue(gateway.calls.isEmpty());
        assertEquals(0, stock.reserved(catalog.variantId("TEE-001"), 1), "refused before any stock is reserved");
    }

    @Test
    void anEmptyCartAnUnknownShippingMethodAndAMissingAddressAreRefusedOnTheirFields() {
        Cart empty = cart();
        assertEquals("cart", assertThrows(InvalidInputException.class,
                () -> service.placeOrder(order(empty, null, "tok_visa"), "key-empty")).field());

        Cart cart = cart("TEE-001", 1);
        PlaceOrder toMars = new PlaceOrder(cart.getToken(), "ada@example.org",
                new PlaceOrder.Address("Ada", "Crater 1", null, "00001", "Base", "FR"), "standard", null, "tok_visa");
        assertEquals("shippingMethod", assertThrows(InvalidInputException.class,
                () -> service.placeOrder(toMars, "key-fr")).field());
        PlaceOrder nowhere = new PlaceOrder(cart.getToken(), "ada@example.org", null, "standard", null, "tok_visa");
        assertEquals("shippingAddress", assertThrows(InvalidInputException.class,
                () -> service.placeOrder(nowhere, "key-nowhere")).field());
        assertTrue(orders.orders.isEmpty());
    }

    @Test
    void anAccountsCartIsOnlyItsOwnersAndTheOrderIsTheirs() {
        UserAccount owner = UserAccount.customer(EmailAddress.of("owner@example.org"), "Owner", "x", Instant.now());
        accounts.add(owner);
        Cart cart = Cart.forCustomer(owner.getId(), EUR, OffsetDateTime.now(ZoneOffset.UTC));
        carts.add(cart);
        cart.add(catalog.variantId("TEE-001"), "TEE-001", 1, OffsetDateTime.now(ZoneOffset.UTC));

        session.anonymous();
        assertThrows(NotFoundException.class, () -> service.placeOrder(order(cart, null, "tok_visa"), "key-anon"));
        session.signedIn("someone-else@example.org", Roles.CUSTOMER);
        assertThrows(NotFoundException.class, () -> service.placeOrder(order(cart, null, "tok_visa"), "key-else"));
        assertTrue(orders.orders.isEmpty());

        session.signedIn("owner@example.org", Roles.CUSTOMER);
        service.placeOrder(order(cart, null, "tok_visa"), "key-owner");
        Order order = orders.orders.get(0);
        assertEquals(owner.getId(), order.getCustomerId());
    }

    @Test
    void aGuestCartNeedsNoSignInAndIsNoOnesAccount() {
        service.placeOrder(order(cart("MUG-001", 1), null, "tok_visa"), "key-guest");
        assertNull(orders.orders.get(0).getCustomerId());
        assertEquals(0, stock.onHand(catalog.variantId("MUG-001"), 1) - stock.reserved(catalog.variantId("MUG-001"), 1),
                "the last mug is reserved");
    }
}
