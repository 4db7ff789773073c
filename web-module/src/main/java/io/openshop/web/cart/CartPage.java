package io.openshop.web.cart;

import io.openshop.domain.shared.DomainException;
import io.openshop.service.cart.CartService;
import io.openshop.service.cart.CartView;
import io.openshop.web.catalog.CurrencyPreference;
import io.openshop.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/** The cart page: lines priced by the server in the shopper's currency, quantities changed or lines removed. */
@Named
@RequestScoped
public class CartPage {

    @Inject
    CartSession cartSession;

    @Inject
    CartService carts;

    @Inject
    CurrencyPreference currency;

    private CartView cart;
    private boolean loaded;
    private Map<String, String> quantities;

    /** The browser's cart, switched to the shopper's currency if they chose another; null without a cart. */
    public CartView getCart() {
        if (!loaded) {
            loaded = true;
            CartView current = cartSession.getCart();
            if (current != null && !current.currency().equals(currency.getCode())) {
                current = carts.useCurrency(current.token(), currency.getCode());
                cartSession.changed(current);
            }
            cart = current;
        }
        return cart;
    }

    public boolean isCartEmpty() {
        return getCart() == null || getCart().lines().isEmpty();
    }

    /** The quantity fields, by SKU, filled with what the cart holds. */
    public Map<String, String> getQuantities() {
        if (quantities == null) {
            quantities = new HashMap<>();
            if (getCart() != null) {
                getCart().lines().forEach(l -> quantities.put(l.sku(), Integer.toString(l.quantity())));
            }
        }
        return quantities;
    }

    public String change(String sku) {
        if (getCart() == null) {
            return refused("Your cart has expired; please add the items again.");
        }
        String typed = getQuantities().get(sku);
        int wanted;
        try {
            wanted = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return refused("Quantity must be a whole number from 1 to 99.");
        }
        try {
            cartSession.changed(carts.changeLine(getCart().token(), sku, wanted));
        } catch (DomainException e) {
            return refused(Messages.sentence(e.getMessage()));
        }
        return done("Quantity changed.");
    }

    public String remove(String sku) {
        if (getCart() == null) {
            return refused("Your cart has expired; please add the items again.");
        }
        try {
            cartSession.changed(carts.removeLine(getCart().token(), sku));
        } catch (DomainException e) {
            return refused(Messages.sentence(e.getMessage()));
        }
        return done("Removed from your cart.");
    }

    private static String refused(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return done(null);
    }

    private static String done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (text != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/cart.xhtml?faces-redirect=true";
    }
}
