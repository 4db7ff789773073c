package io.openshop.web.identity;

import io.openshop.domain.identity.Roles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Administrators use two-factor sign-in: an ADMIN whose session did not pass a one-time code
 * (at sign-in, or by confirming enrolment) reaches nothing of the back office but the enrolment
 * page. Fails closed: without the session's mark, the page is all there is.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class TwoFactorGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute that marks a session whose sign-in passed a one-time code. */
    public static final String VERIFIED = "io.openshop.signIn.secondFactorVerified";
    public static final String ENROLMENT_PAGE = "/admin/two-factor.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Roles.ADMIN) && !verified(request)
                && !request.getRequestURI().equals(request.getContextPath() + ENROLMENT_PAGE)) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean verified(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(VERIFIED));
    }
}
