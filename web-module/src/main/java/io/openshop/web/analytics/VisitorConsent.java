package io.openshop.web.analytics;

import io.openshop.domain.analytics.AnalyticsConsent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.UUID;

/**
 * This browser's answer to the analytics question, from its cookies: {@value #CONSENT_COOKIE}
 * holds the answer and, only after a yes, {@value #VISITOR_COOKIE} a random visitor id. The
 * storefront shows the banner while there is no answer.
 */
@Named("consent")
@RequestScoped
public class VisitorConsent {

    public static final String CONSENT_COOKIE = "shop_consent";
    public static final String VISITOR_COOKIE = "shop_visitor";

    @Inject
    HttpServletRequest request;

    public AnalyticsConsent getState() {
        return AnalyticsConsent.fromCookie(cookie(CONSENT_COOKIE));
    }

    /** Whether the visitor has answered (the banner is shown until they do). */
    public boolean isDecided() {
        return getState() != AnalyticsConsent.UNDECIDED;
    }

    public boolean isGiven() {
        return getState() == AnalyticsConsent.GIVEN;
    }

    /** The random visitor id, only while consent is given. */
    public Optional<UUID> visitor() {
        if (!isGiven()) {
            return Optional.empty();
        }
        try {
            String id = cookie(VISITOR_COOKIE);
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Where the banner's form sends the visitor back to: this page, with its query. */
    public String getReturnPath() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private String cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
