package io.openshop.service.cart;

import io.openshop.domain.cart.Cart;
import io.openshop.domain.cart.CartLine;
import io.openshop.domain.cart.CartRepository;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.PricedVariant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guest carts, found by their token. Lines name variants by SKU; prices come from the catalog's
 * price rule each time a cart is shown, never from the client.
 */
@Stateless
@PermitAll
public class CartService {

    @Inject
    CartRepository carts;

    @Inject
    CatalogService catalog;

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
        Cart cart = cart(token);
        PricedVariant variant = catalog.pricedVariant(sku, cart.getCurrency());
        if (variant.price() == null) {
            throw new InvalidInputException("sku", variant.sku() + " is not sold in " + cart.getCurrency().getCurrencyCode());
        }
        cart.add(variant.variantId(), variant.sku(), quantity, now());
        return view(cart);
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

    private static CartLine lineFor(Cart cart, String sku) {
        String wanted = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
        return cart.getLines().stream().filter(l -> l.getSku().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException("Cart line", wanted));
    }

    private Cart cart(String token) {
        if (!Cart.isWellFormedToken(token)) {
            throw new NotFoundException("Cart", "(this token)");
        }
        return carts.byToken(token).orElseThrow(() -> new NotFoundException("Cart", "(this token)"));
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
                pricesIncludeTax, sellable && !cart.isCheckedOut());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
