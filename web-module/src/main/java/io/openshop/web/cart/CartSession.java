package io.openshop.web.cart;

import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.cart.CartService;
import io.openshop.service.cart.CartView;
import io.openshop.service.cart.SignedInCart;
import io.openshop.web.catalog.CurrencyPreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The cart this browser uses, by its token in the HTTP session (the container's own session
 * cookie; no cookie of ours). Reading never creates a session, so a visitor who has not put
 * anything in a cart costs no session; the first change does. After a customer signs in, the
 * first page they see merges the browser's guest cart into the account's cart (once: the guest
 * cart is closed by the merge) and switches the session to the account's cart, which the next
 * sign-in on any browser finds again.
 */
@Named
@RequestScoped
public class CartSession {

    static final String TOKEN = "io.openshop.cart.token";
    static final String SIGNED_IN = "io.openshop.cart.signed-in";

    @Inject
    HttpServletRequest request;

    @Inject
    CartService carts;

    @Inject
    CurrencyPreference currency;

    private CartView cart;
    private boolean loaded;

    /**
     * Marks a fresh sign-in in the session; the merge itself runs on the next request, as the
     * signed-in caller (Payara #4734 aside, the request that logs in is not the place for an EJB
     * that checks roles).
     */
    public static void signedIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(SIGNED_IN, Boolean.TRUE);
    }

    /** The open cart of this browser, priced now, or null when it has none (no session is made). */
    public CartView getCart() {
        if (!loaded) {
            loaded = true;
            cart = load();
        }
        return cart;
    }

    public int getItemCount() {
        CartView current = getCart();
        return current == null ? 0 : current.itemCount();
    }

    /** The token of the cart to change: the open one, else a new one (the account's when signed in), kept in the session. */
    String tokenForChange() {
        CartView current = getCart();
        if (current != null) {
            return current.token();
        }
        CartView made = isCustomer() ? carts.myCart(currency.getCode()) : carts.create(currency.getCode());
        request.getSession(true).setAttribute(TOKEN, made.token());
        changed(made);
        return made.token();
    }

    void changed(CartView view) {
        cart = view.open() ? view : null;
        loaded = true;
    }

    private CartView load() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        if (session.getAttribute(SIGNED_IN) != null) {
            session.removeAttribute(SIGNED_IN);
            if (isCustomer()) {
                return takeIntoAccount(session);
            }
        }
        Object token = session.getAttribute(TOKEN);
        if (!(token instanceof String t)) {
            return null;
        }
        try {
            CartView view = carts.view(t);
            if (view.open()) {
                return view;
            }
        } catch (DomainException gone) {
            // the cart was removed, or belongs to an account this session no longer is
        }
        session.removeAttribute(TOKEN);
        return null;
    }

    private CartView takeIntoAccount(HttpSession session) {
        Object guest = session.getAttribute(TOKEN);
        SignedInCart signedIn = carts.signedIn(guest instanceof String g ? g : null, currency.getCode());
        session.setAttribute(TOKEN, signedIn.cart().token());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && signedIn.merged()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "The items you chose before signing in are now in your account's cart.", null));
            if (!signedIn.cappedSkus().isEmpty() || !signedIn.leftOutSkus().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Some quantities were limited to the cart's maximum"
                        + " of 99 or did not fit: " + String.join(", ", signedIn.cappedSkus()) + " "
                        + String.join(", ", signedIn.leftOutSkus()) + ".", null));
            }
        }
        return signedIn.cart().open() ? signedIn.cart() : null;
    }

    private boolean isCustomer() {
        return request.getUserPrincipal() != null && request.isUserInRole(Roles.CUSTOMER);
    }
}
