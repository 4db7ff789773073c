package io.openshop.service.checkout;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.analytics.LiveEvents;
import io.openshop.domain.cart.Cart;
import io.openshop.domain.cart.CartLine;
import io.openshop.domain.cart.CartRepository;
import io.openshop.domain.checkout.AddressValidator;
import io.openshop.domain.checkout.CarrierQuote;
import io.openshop.domain.checkout.CarrierRate;
import io.openshop.domain.checkout.Carriers;
import io.openshop.domain.checkout.CheckoutRepository;
import io.openshop.domain.checkout.Parcel;
import io.openshop.domain.checkout.TaxProvider;
import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponRepository;
import io.openshop.domain.promotion.CouponUsedUpException;
import io.openshop.domain.checkout.IdempotencyKeyReusedException;
import io.openshop.domain.checkout.PriceBreakdown;
import io.openshop.domain.checkout.Pricing;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.checkout.ShippingMethod;
import io.openshop.domain.checkout.TaxRate;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentChoice;
import io.openshop.domain.payment.PaymentDeclinedException;
import io.openshop.domain.inventory.OutOfStockException;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.PricedVariant;
import io.openshop.service.identity.CurrentAccount;
import io.openshop.service.inventory.InventoryService;
import io.openshop.service.order.OrderView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a cart into an order in one transaction: the idempotency key, the cart, the coupon use,
 * the stock reservations, the order and the payment authorisation commit together or not at all.
 * Prices are computed here from the catalog; the client sends none.
 */
@Stateless
@PermitAll
public class CheckoutService {

    static final String SCOPE = "checkout";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final Pattern CARD_NUMBER_LIKE = Pattern.compile(".*[0-9]{12,}.*");

    @Inject
    CartRepository carts;

    @Inject
    CheckoutRepository checkout;

    @Inject
    CouponRepository coupons;

    @Inject
    OrderRepository orders;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentGateway gateway;

    @Inject
    CatalogService catalog;

    @Inject
    InventoryService inventory;

    @Inject
    LiveEvents live;

    @Inject
    CurrentAccount current;

    @Inject
    Carriers carriers;

    @Inject
    TaxProvider taxProvider;

    @Inject
    AddressValidator addressValidator;

    @Inject
    Event<CheckoutOutcome> outcomes;

    @Inject
    @ConfigProperty(name = "shop.checkout.prices-include-tax", defaultValue = "true")
    boolean pricesIncludeTax;

    /**
     * Places an order from a cart. The same idempotency key with the same request returns the
     * first order (also while the first is still running: the second waits for it); with a
     * different request it is refused.
     */
    @Counted(name = "checkout.orders.placed", absolute = true, description = "Checkout submissions that placed or replayed an order")
    @Timed(name = CheckoutMetrics.DURATION_NAME, absolute = true, description = CheckoutMetrics.DURATION_DESCRIPTION)
    public OrderView placeOrder(PlaceOrder request, String idempotencyKey) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("Idempotency-Key", "header is required: 1 to 100 visible characters, e.g. a UUID");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String fingerprint = request.fingerprint();
        CheckoutRepository.IdempotencyClaim claim = checkout.claim(SCOPE, idempotencyKey, fingerprint, now);
        if (!claim.fresh()) {
            if (!claim.requestHash().equals(fingerprint) || claim.orderId() == null) {
                throw new IdempotencyKeyReusedException();
            }
            return OrderView.of(orders.byId(claim.orderId()).orElseThrow(), true);
        }

        try {
            OrderView placed = place(request, idempotencyKey, now);
            outcomes.fire(new CheckoutOutcome.Placed(placed.number(), placed.grandTotal()));
            return placed;
        } catch (PaymentDeclinedException e) {
            outcomes.fire(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.PAYMENT_DECLINED));
            throw e;
        } catch (OutOfStockException e) {
            outcomes.fire(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.OUT_OF_STOCK));
            throw e;
        } catch (CouponUsedUpException e) {
            outcomes.fire(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.COUPON));
            throw e;
        } catch (InvalidInputException e) {
            if ("couponCode".equals(e.field())) {
                outcomes.fire(new CheckoutOutcome.Refused(CheckoutOutcome.Reason.COUPON));
            }
            throw e;
        }
    }

    private OrderView place(PlaceOrder request, String idempotencyKey, OffsetDateTime now) {
        Cart cart = cart(request.cartToken());
        cart.requireOpen();
        Priced priced = price(cart, request, now);
        String paymentToken = paymentToken(request.paymentToken());
        Coupon coupon = priced.coupon();
        PriceBreakdown prices = priced.prices();

        // Locks are taken in one order by every checkout (key, cart, coupon, stock by variant id), so none waits in a cycle.
        if (!carts.markCheckedOut(cart.getId(), now)) {
            throw new Cart.CheckedOutException();
        }
        if (coupon != null && !coupons.takeUse(coupon.getId())) {
            throw new CouponUsedUpException(coupon.getCode());
        }
        String number = orders.nextNumber();
        List<StockAllocation> allocations = inventory.reserve(priced.wanted(), priced.skus(), number);

        Order order = Order.place(number, priced.email(), priced.address(), priced.method(),
                coupon == null ? null : coupon.getCode(), prices, allocations, cart.getId(), priced.email().value(), now);
        if (cart.getCustomerId() != null) {
            order.placedByCustomer(cart.getCustomerId());
        }
        orders.add(order);
        if (coupon != null) {
            coupons.recordRedemption(coupon.getId(), order.getId(), now);
        }
        PaymentGateway.Authorization authorization = gateway.authorize(paymentToken, prices.grandTotal(), SCOPE + "-" + idempotencyKey);
        payments.add(Payment.authorized(order.getId(), gateway.name(), paymentToken, authorization, prices.grandTotal(), now));
        checkout.complete(SCOPE, idempotencyKey, order.getId());
        live.append(LiveEvent.Kind.ORDER, "New order " + order.getNumber() + ": " + prices.grandTotal().amount().toPlainString()
                + " " + prices.grandTotal().currency().getCurrencyCode() + ", " + allocations.stream().mapToInt(StockAllocation::getQuantity).sum()
                + " item(s)");
        return OrderView.of(order, false);
    }

    /**
     * What the order would cost now, computed exactly as {@link #placeOrder} will (prices, coupon,
     * shipping, tax), without reserving or charging anything: the review step shows it.
     */
    public CheckoutQuote quote(PlaceOrder request) {
        Cart cart = cart(request.cartToken());
        cart.requireOpen();
        Priced priced = price(cart, request, OffsetDateTime.now(ZoneOffset.UTC));
        PriceBreakdown p = priced.prices();
        return new CheckoutQuote(p.subtotal(), p.discount(), p.shipping(), p.tax(), p.grandTotal(), p.pricesIncludeTax(),
                priced.coupon() == null ? null : priced.coupon().getCode(),
                priced.coupon() != null && priced.coupon().givesFreeShipping());
    }

    /**
     * The payment tokens the checkout page may offer, from the gateway in use (its test cards);
     * empty when the gateway's tokens come from its own card form.
     */
    public List<PaymentChoice> paymentChoices() {
        return gateway.choices();
    }

    /** The countries the shop delivers to (ISO codes, alphabetical). */
    public List<String> destinations() {
        return checkout.shippingCountries();
    }

    /**
     * The ways the cart can be shipped to an address, each with its price for the cart as it is,
     * cheapest first: the shop's own methods for the country, and next to them the carriers' live
     * rates for the address when a carrier service is configured and answers in time (within
     * 800 ms; else the shop's own methods alone). Live rates are kept with the cart, so the order
     * is charged what was shown. An address not complete yet gets the shop's own methods only.
     */
    public List<ShippingOption> shippingOptions(String cartToken, PlaceOrder.Address to) {
        return options(cartToken, to, true);
    }

    /**
     * The ways to ship offered last, without asking any carrier again: the shop's own methods to
     * the country and the live rates quoted for this cart that still hold (the checkout page shows
     * its list again with these).
     */
    public List<ShippingOption> offeredShippingOptions(String cartToken, String country) {
        return options(cartToken, new PlaceOrder.Address(null, null, null, null, null, country), false);
    }

    private List<ShippingOption> options(String cartToken, PlaceOrder.Address to, boolean askCarriers) {
        Cart cart = cart(cartToken);
        String destination = to == null || to.country() == null ? "" : to.country().strip().toUpperCase(Locale.ROOT);
        Currency currency = cart.getCurrency();
        Map<Long, PricedVariant> variants = catalog.pricedVariants(cart.getLines().stream().map(CartLine::getVariantId).toList(), currency);
        int weight = weight(cart, variants);
        Money goods = Money.zero(currency);
        for (CartLine line : cart.getLines()) {
            PricedVariant v = variants.get(line.getVariantId());
            if (v != null && v.price() != null) {
                goods = goods.plus(v.price().times(line.getQuantity()));
            }
        }
        List<ShippingOption> options = new ArrayList<>();
        for (ShippingMethod m : checkout.shippingMethods(destination, currency)) {
            options.add(new ShippingOption(m.getCode(), m.getName(), m.quote(weight, goods), null));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PostalAddress address = completeAddress(to);
        if (!askCarriers) {
            for (CarrierQuote q : checkout.quotes(cart.getId())) {
                if (!options.isEmpty() && q.holdsFor(weight, destination, currency, now)) {
                    options.add(new ShippingOption(q.getCode(), q.getName(), q.getPrice(), q.getEstimatedDays()));
                }
            }
        } else if (!options.isEmpty() && address != null && !cart.getLines().isEmpty()) {
            List<CarrierQuote> quotes = new ArrayList<>();
            for (CarrierRate rate : carriers.rates(new Parcel(address, weight, goods)).orElse(List.of())) {
                if (rate.price().currency().equals(currency)) {
                    quotes.add(new CarrierQuote(cart.getId(), rate, destination, weight, now));
                    options.add(new ShippingOption(rate.code(), rate.name(), rate.price(), rate.estimatedDays()));
                }
            }
            checkout.keepQuotes(cart.getId(), quotes);
        }
        options.sort(Comparator.comparing((ShippingOption o) -> o.price().amount()).thenComparing(ShippingOption::name));
        return options;
    }

    /**
     * What the address validation service says about a delivery address: verified, a corrected
     * form to suggest, or not found; UNCHECKED when no service is configured or it gave no answer in
     * time. Advice only: checkout never refuses an address because of it.
     */
    public AddressValidator.Check checkAddress(PlaceOrder.Address to) {
        return addressValidator.check(address(to));
    }

    private static PostalAddress completeAddress(PlaceOrder.Address to) {
        try {
            return to == null ? null : address(to);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static int weight(Cart cart, Map<Long, PricedVariant> variants) {
        int weight = 0;
        for (CartLine line : cart.getLines()) {
            PricedVariant v = variants.get(line.getVariantId());
            if (v != null) {
                weight = Math.addExact(weight, Math.multiplyExact(v.weightGrams(), line.getQuantity()));
            }
        }
        return weight;
    }

    /** Everything a checkout computes before it takes locks: checked input, the lines and the prices. */
    private record Priced(EmailAddress email, PostalAddress address, String method, Coupon coupon, PriceBreakdown prices,
                          Map<Long, Integer> wanted, Map<Long, String> skus) {
    }

    private Priced price(Cart cart, PlaceOrder request, OffsetDateTime now) {
        if (cart.getLines().isEmpty()) {
            throw new InvalidInputException("cart", "is empty");
        }
        EmailAddress email = EmailAddress.of(request.email());
        PostalAddress address = address(request.shippingAddress());
        Currency currency = cart.getCurrency();
        String methodCode = methodCode(request.shippingMethod());
        ShippingMethod method = CarrierRate.isCarrierCode(methodCode) ? null
                : checkout.shippingMethod(address.getCountry(), methodCode, currency)
                        .orElseThrow(() -> new InvalidInputException("shippingMethod",
                                "'" + request.shippingMethod() + "' does not ship to " + address.getCountry() + " in " + currency.getCurrencyCode()));
        Map<String, BigDecimal> taxRates = checkout.taxRates(address.getCountry());

        Map<Long, PricedVariant> variants = catalog.pricedVariants(cart.getLines().stream().map(CartLine::getVariantId).toList(), currency);
        List<PricingLine> lines = new ArrayList<>();
        Map<Long, Integer> wanted = new HashMap<>();
        Map<Long, String> skus = new HashMap<>();
        for (CartLine line : cart.getLines()) {
            PricedVariant v = variants.get(line.getVariantId());
            if (v == null || v.price() == null) {
                throw new InvalidInputException("cart", line.getSku() + " is no longer sold in " + currency.getCurrencyCode());
            }
            BigDecimal rate = taxRates.get(v.taxClass());
            if (rate == null) {
                throw new InvalidInputException("shippingAddress.country", "the shop cannot sell " + v.sku() + " to " + address.getCountry());
            }
            lines.add(new PricingLine(v.variantId(), v.sku(), v.name(), v.price(), line.getQuantity(), rate));
            wanted.put(v.variantId(), line.getQuantity());
            skus.put(v.variantId(), v.sku());
        }
        int weight = weight(cart, variants);

        Money subtotal = lines.stream().map(PricingLine::subtotal).reduce(Money.zero(currency), Money::plus);
        Coupon coupon = coupon(request.couponCode(), now, currency);
        Money discount = coupon == null ? Money.zero(currency) : coupon.discountOn(subtotal);
        Money shippingPrice = method != null ? method.quote(weight, subtotal.minus(discount))
                : carrierPrice(cart, address, methodCode, currency, weight, now);
        Money shipping = coupon != null && coupon.givesFreeShipping() ? Money.zero(currency) : shippingPrice;
        BigDecimal shippingRate = taxRates.getOrDefault(TaxRate.STANDARD, BigDecimal.ZERO);
        Optional<TaxProvider.Rates> provided = taxProvider.rates(address, lines, shipping);
        if (provided.isPresent()) {
            Map<String, BigDecimal> rates = provided.get().lines();
            lines = lines.stream().map(l -> new PricingLine(l.variantId(), l.sku(), l.name(), l.unitPrice(), l.quantity(),
                    rates.getOrDefault(l.sku(), l.taxRate()))).toList();
            shippingRate = provided.get().shipping();
        }
        PriceBreakdown prices = Pricing.price(lines, discount, shipping, shippingRate, pricesIncludeTax);
        return new Priced(email, address, methodCode, coupon, prices, wanted, skus);
    }

    /** A live carrier rate as it was quoted for this cart, while it holds: 30 minutes, same weight, same country. */
    private Money carrierPrice(Cart cart, PostalAddress address, String code, Currency currency, int weight, OffsetDateTime now) {
        return checkout.quote(cart.getId(), code)
                .filter(q -> q.holdsFor(weight, address.getCountry(), currency, now))
                .map(CarrierQuote::getPrice)
                .orElseThrow(() -> new InvalidInputException("shippingMethod",
                        "the carrier's rate was for another cart or address, or has expired: choose a shipping method again"));
    }

    /** A cart by token; an account's cart only for its signed-in owner (to anyone else the token names no cart). */
    private Cart cart(String token) {
        if (!Cart.isWellFormedToken(token)) {
            throw new InvalidInputException("cartToken", "is not a cart token");
        }
        Cart cart = carts.byToken(token).orElseThrow(() -> new NotFoundException("Cart", "(this token)"));
        if (cart.getCustomerId() != null && !cart.belongsTo(current.idOrNull())) {
            throw new NotFoundException("Cart", "(this token)");
        }
        return cart;
    }


    private Coupon coupon(String code, OffsetDateTime now, Currency currency) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normalised = Coupon.normalise(code);
        Coupon coupon = coupons.coupon(normalised)
                .orElseThrow(() -> new InvalidInputException("couponCode", "'" + normalised + "' is not a coupon of this shop"));
        coupon.requireUsable(now, currency);
        return coupon;
    }

    private static PostalAddress address(PlaceOrder.Address a) {
        if (a == null) {
            throw new InvalidInputException("shippingAddress", "is required");
        }
        return PostalAddress.of("shippingAddress", a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country());
    }

    private static String methodCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("shippingMethod", "is required");
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static String paymentToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidInputException("paymentToken", "is required: the token from the payment form");
        }
        if (CARD_NUMBER_LIKE.matcher(token).matches()) {
            throw new InvalidInputException("paymentToken", "must be a token from the payment form, never a card number");
        }
        return token.strip();
    }
}
