package io.openshop.web.cart;

import io.openshop.domain.shared.DomainException;
import io.openshop.service.cart.CartService;
import io.openshop.web.platform.Messages;
import io.openshop.web.analytics.Tracker;
import io.openshop.web.platform.SameOrigin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * "Add to cart" on the product page: the chosen variant and a quantity. The quantity rule is the
 * cart's own (1 to 99); a refused quantity comes back to the product page as a message on the field.
 * A visitor without a session gets the product page as a stateless view (no view state to guard
 * the form), so a post from a stateless view must come from this shop ({@link SameOrigin}); a
 * forged one goes back to the product page, adding nothing and starting no session.
 */
@Named
@RequestScoped
public class AddToCart {

    static final String FORM = "add-to-cart";
    private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9_.~%+=&-]{0,500}");

    @Inject
    CartService carts;

    @Inject
    CartSession cartSession;

    @Inject
    Tracker tracker;

    private String quantity = "1";

    public void add() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String sku = external.getRequestParameterMap().get("sku");
        String back = external.getRequestParameterMap().get("back");
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (faces.getViewRoot().isTransient() && !SameOrigin.of(request)) {
            // a post from a stateless page has no view state to vouch for it: only a form of this shop counts
            external.redirect(external.getRequestContextPath() + "/product.xhtml?" + safe(back));
            faces.responseComplete();
            return;
        }
        external.getFlash().setKeepMessages(true);
        try {
            int wanted;
            try {
                wanted = Integer.parseInt(quantity == null ? "" : quantity.strip());
            } catch (NumberFormatException e) {
                throw new QuantityException();
            }
            cartSession.changed(carts.addLine(cartSession.tokenForChange(), sku, wanted));
        } catch (DomainException | QuantityException e) {
            String text = e instanceof QuantityException ? "Quantity must be a whole number from 1 to 99." : Messages.sentence(e.getMessage());
            faces.addMessage(FORM + ":quantity", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            external.redirect(external.getRequestContextPath() + "/product.xhtml?" + safe(back));
            faces.responseComplete();
            return;
        }
        tracker.addToCart(sku);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Added to your cart.", null));
        external.redirect(external.getRequestContextPath() + "/cart.xhtml");
        faces.responseComplete();
    }

    /** The product page's query to go back to, if it is one the page could have had. */
    private static String safe(String back) {
        return back != null && SAFE_QUERY.matcher(back).matches() ? back : "";
    }

    /** A quantity that is not a number at all. */
    private static final class QuantityException extends RuntimeException {
        QuantityException() {
            super(null, null, false, false);
        }
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }
}
