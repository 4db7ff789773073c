package io.openshop.service.cart;

import io.openshop.domain.cart.Cart;
import io.openshop.domain.cart.CartLine;
import io.openshop.domain.cart.CartRepository;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.PricedVariant;
import io.openshop.service.identity.CurrentAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Carts: a guest's, found by its token, and a signed-in customer's, found by the account (one
 * open cart per account). Lines name variants by SKU; prices come from the catalog's price rule
 * each time a cart is shown, never from the client. An account's cart opens only for its owner:
 * to anyone else its token names no cart (404).
 */
@Stateless
@PermitAll
public class CartService {

    @Inject
    CartRepository carts;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount current;

    @Inject
    @ConfigProperty(name = "shop.checkout.prices-include-tax", defaultValue = "true")
    boolean pricesIncludeTax;

    public CartView create(String currencyCode) {
        Cart cart = Cart.forGuest(catalog.currency(currencyCode), now());
        carts.add(cart);
        return view(cart);
    }

    public CartView view(String token) {
        return view(cart(token));
    }

    public CartView addLine(String token, String sku, int quantity) {
        return add(cart(token), sku, quantity);
    }

    public CartView changeLine(String token, String sku, int quantity) {
        Cart cart = cart(token);
        cart.change(lineFor(cart, sku).getVariantId(), quantity, now());
        return view(cart);
    }

    public CartView removeLine(String token, String sku) {
        Cart cart = cart(token);
        cart.remove(lineFor(cart, sku).getVariantId(), now());
        return view(cart);
    }

    /** Prices the cart in another of the shop's currencies from now on (carts hold no prices, so nothing else changes). */
    public CartView useCurrency(String token, String currencyCode) {
        Cart cart = cart(token);
        cart.changeCurrency(catalog.currency(currencyCode), now());
        return view(cart);
    }

    /** The signed-in customer's cart, made (empty, in this currency or the default) when they have none open. */
    @RolesAllowed(Roles.CUSTOMER)
    public CartView myCart(String currencyCode) {
        return view(accountCart(current.get(), currencyCode));
    }

    @RolesAllowed(Roles.CUSTOMER)
    public CartView addToMyCart(String sku, Integer quantity) {
        if (sku == null || sku.isBlank()) {
            throw new InvalidInputException("sku", "is required");
        }
        return add(accountCart(current.get(), null), sku, required(quantity));
    }

    @RolesAllowed(Roles.CUSTOMER)
    public CartView changeInMyCart(String sku, Integer quantity) {
        int wanted = required(quantity);
        Cart cart = accountCart(current.get(), null);
        cart.change(lineFor(cart, sku).getVariantId(), wanted, now());
        return view(cart);
    }

    /** A quantity the caller must send (checked after the caller's role, by the container, so nobody learns the rules without it). */
    private static int required(Integer quantity) {
        if (quantity == null) {
            throw new InvalidInputException("quantity", "is required");
        }
        return quantity;
    }

    @RolesAllowed(Roles.CUSTOMER)
    public CartView removeFromMyCart(String sku) {
        Cart cart = accountCart(current.get(), null);
        cart.remove(lineFor(cart, sku).getVariantId(), now());
        return view(cart);
    }

    /**
     * Called once the customer has signed in: the guest cart this browser held (if any) is merged
     * into the account's cart by {@link Cart#mergeFrom}, which closes it, so a second sign-in or a
     * reload finds it closed and merges nothing. Returns the account's cart, which the browser
     * uses from now on.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public SignedInCart signedIn(String guestToken, String currencyCode) {
        UserAccount me = current.get();
        Optional<Cart> guest = Cart.isWellFormedToken(guestToken) ? carts.byToken(guestToken) : Optional.empty();
        Cart account = accountCart(me, currencyCode);
        Cart.MergeOutcome outcome = guest.filter(g -> g.getCustomerId() == null)
                .map(g -> account.mergeFrom(g, now()))
                .orElse(Cart.MergeOutcome.NOTHING);
        return new SignedInCart(view(account), outcome.merged(), outcome.cappedSkus(), outcome.leftOutSkus());
    }

    private CartView add(Cart cart, String sku, int quantity) {
        PricedVariant variant = catalog.pricedVariant(sku, cart.getCurrency());
        if (variant.price() == null) {
            throw new InvalidInputException("sku", variant.sku() + " is not sold in " + cart.getCurrency().getCurrencyCode());
        }
        cart.add(variant.variantId(), variant.sku(), quantity, now());
        return view(cart);
    }

    private Cart accountCart(UserAccount me, String currencyCode) {
        return carts.openCartOf(me.getId()).orElseGet(() -> {
            Cart cart = Cart.forCustomer(me.getId(), catalog.currency(currencyCode), now());
            carts.add(cart);
            return cart;
        });
    }



    private static CartLine lineFor(Cart cart, String sku) {
        String wanted = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
        return cart.getLines().stream().filter(l -> l.getSku().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException("Cart line", wanted));
    }

    /** A cart by token; an account's cart only for its owner, so to anyone else the token names nothing. */
    private Cart cart(String token) {
        if (!Cart.isWellFormedToken(token)) {
            throw new NotFoundException("Cart", "(this token)");
        }
        Cart cart = carts.byToken(token).orElseThrow(() -> new NotFoundException("Cart", "(this token)"));
        if (cart.getCustomerId() != null && !cart.belongsTo(current.idOrNull())) {
            throw new NotFoundException("Cart", "(this token)");
        }
        return cart;
    }

    private CartView view(Cart cart) {
        Map<Long, PricedVariant> priced = catalog.pricedVariants(cart.getLines().stream().map(CartLine::getVariantId).toList(),
                cart.getCurrency());
        List<CartView.Line> lines = new ArrayList<>();
        Money subtotal = Money.zero(cart.getCurrency());
        boolean sellable = true;
        int items = 0;
        for (CartLine line : cart.getLines()) {
            PricedVariant v = priced.get(line.getVariantId());
            Money unit = v == null ? null : v.price();
            Money total = unit == null ? null : unit.times(line.getQuantity());
            if (total == null) {
                sellable = false;
            } else {
                subtotal = subtotal.plus(total);
            }
            items += line.getQuantity();
            lines.add(new CartView.Line(line.getSku(), v == null ? line.getSku() : v.name(), v == null ? null : v.productSlug(),
                    line.getQuantity(), unit, total));
        }
        return new CartView(cart.getToken(), cart.getCurrency().getCurrencyCode(), lines, subtotal, items,
                pricesIncludeTax, sellable && cart.isOpen(), cart.isOpen());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
