package io.openshop.web.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * Whether the browser says a form was sent from this shop (OWASP's "verifying origin with
 * standard headers"): its Origin names the host the request was sent to (the Host header, which a
 * proxy in front passes on), or, without an Origin, its Sec-Fetch-Site says same-origin. Protects
 * the forms that have no session's view state to do it: a stateless page's, a cookie's consent.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean of(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin != null) {
            try {
                return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
    }
}
