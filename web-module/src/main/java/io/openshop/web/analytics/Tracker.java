package io.openshop.web.analytics;

import io.openshop.domain.analytics.VisitorEvent;
import io.openshop.domain.analytics.VisitorEventKind;
import io.openshop.service.analytics.VisitorEventRecorder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/**
 * Records what the visitor does in the storefront, and only if they consented: without the
 * consent cookie and its random visitor id every call is a no-op. The pages call it where the
 * thing happens (a product shown, a search answered, a line added, a checkout step shown, an
 * order placed); the storefront template records each page view.
 */
@Named
@RequestScoped
public class Tracker {

    @Inject
    VisitorConsent consent;

    @Inject
    VisitorEventRecorder recorder;

    /** A storefront page rendered on a GET (postbacks and error pages are not page views). */
    public void pageView(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || faces.getExternalContext().getRequestMap().containsKey("jakarta.servlet.error.status_code")) {
            return;
        }
        track(VisitorEventKind.PAGE_VIEW, faces.getViewRoot().getViewId(), null, null);
    }

    public void productView(String slug) {
        track(VisitorEventKind.PRODUCT_VIEW, slug, null, null);
    }

    public void search(String query, long results) {
        track(VisitorEventKind.SEARCH, null, query, (int) Math.min(Integer.MAX_VALUE, results));
    }

    public void addToCart(String sku) {
        track(VisitorEventKind.ADD_TO_CART, sku, null, null);
    }

    public void checkoutStep(String step) {
        track(VisitorEventKind.CHECKOUT_STEP, step, null, null);
    }

    public void purchase() {
        track(VisitorEventKind.PURCHASE, null, null, null);
    }

    private void track(VisitorEventKind kind, String subject, String query, Integer results) {
        consent.visitor().ifPresent(visitor -> recorder.record(new VisitorEvent(visitor, kind, Instant.now(), subject, query, results)));
    }
}
