package io.openshop.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Security headers on every response of the application: pages, API answers, static resources
 * and error pages (the error dispatch is filtered too, since an error page may start from a
 * reset response). Faces pages get PrimeFaces' CSP with a fresh script nonce (web.xml
 * {@code primefaces.CSP}); it replaces the default policy set here instead of being added as a
 * second, stricter one.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy for everything; pages extend its final script-src with their nonce. Kept equal to web.xml's primefaces.CSP_POLICY. */
    public static final String POLICY = "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self';"
            + " frame-ancestors 'none'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'";
    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        protect(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * Sets the headers. Also called by the authentication mechanism before it answers by itself
     * (the redirect to the login form, a 401 for a bad token): those answers leave before any
     * filter runs.
     */
    public static void protect(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** Lets a later, more specific policy (with a nonce) replace the default instead of adding to it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
