package io.openshop.web.catalog;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * Catalog pages that a visitor without a session reads are rendered as transient (stateless)
 * views, so that reading them never creates an HTTP session.
 * <p>
 * Why this is needed: with {@code primefaces.CSP} on, PrimeFaces keeps each page's script nonce
 * in the view map unless the view is transient, and Mojarra keeps view maps in the HTTP session,
 * so every cookie-less page view created a session (a few KB of memory and a cookie per visit,
 * and a third of the JSF listing's throughput). PrimeFaces asks for the nonce before the page's
 * own {@code <f:view transient>} is applied, so the flag has to be set right after the view root
 * is created, which is what this listener does.
 * <p>
 * A transient view has no view state, and the view state is what protects a JSF form against
 * cross-site request forgery; so the one form these views show such a visitor, the product page's
 * "Add to cart", checks that its post comes from this shop ({@code AddToCart}, by its Origin), and
 * takes its script nonce from {@code CspNonce} rather than the view scope. Once a visitor has a
 * session (signed in, or a cart), the pages are stateful again and their forms protected by their
 * view state.
 */
public class StatelessCatalogViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The catalog's views for a visitor who has no session. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/category.xhtml", "/search.xhtml", "/product.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view root exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root == null || context.isPostback() || !VIEWS.contains(root.getViewId())) {
            return;
        }
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getSession(false) == null) {
            root.setTransient(true);
        }
    }
}
