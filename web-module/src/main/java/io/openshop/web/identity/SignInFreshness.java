package io.openshop.web.identity;

import io.openshop.service.identity.IdentityService;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Instant;

/**
 * A signed-in session ends when its account is disabled or its password changes (a reset ends
 * every earlier sign-in): on the account and back-office pages, such a session is signed out and
 * sent to the sign-in form.
 */
@WebFilter(urlPatterns = {"/admin/*", "/account/*"}, asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class SignInFreshness extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding when the session signed in. */
    public static final String SIGNED_IN_AT = "io.openshop.signIn.at";

    @Inject
    IdentityService identity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user != null) {
            HttpSession session = request.getSession(false);
            Instant signedInAt = session == null ? null : (Instant) session.getAttribute(SIGNED_IN_AT);
            if (!identity.signInStillValid(user, signedInAt)) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
