package io.openshop.web.identity;

import io.openshop.service.identity.ApiTokenService;
import io.openshop.service.identity.SignInResult;
import io.openshop.web.platform.EdgeCaching;
import io.openshop.web.platform.SecurityHeadersFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Part of the security declaration in {@link SecurityConfiguration}: one WAR has one
 * authentication mechanism, so this one chooses. Requests to {@code /api/*} are authenticated by
 * a bearer token only ({@link ApiTokenService}; a bad token is a 401 problem, no token leaves the
 * caller anonymous) and never by the session cookie, so a cross-site request cannot borrow a
 * signed-in shopper's session for the API. Every other request goes to the custom form mechanism.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiOrFormAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    BeanManager beans;

    @Inject
    ApiTokenService tokens;

    private volatile HttpAuthenticationMechanism form;

    /**
     * The mechanism Soteria made from {@link SecurityConfiguration}'s annotation. Looked up through
     * the bean manager: injection (and {@code Instance} iteration) would resolve to this
     * alternative itself and leave the other one out.
     */
    private HttpAuthenticationMechanism form() {
        HttpAuthenticationMechanism current = form;
        if (current == null) {
            for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
                if (!ApiOrFormAuthentication.class.isAssignableFrom(bean.getBeanClass())) {
                    current = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                            beans.createCreationalContext(bean));
                    break;
                }
            }
            if (current == null) {
                throw new IllegalStateException("No form authentication mechanism declared");
            }
            form = current;
        }
        return current;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        SecurityHeadersFilter.protect(request, response);
        EdgeCaching.personalUntilShownOtherwise(response); // also the answers this mechanism gives by itself (401, the sign-in redirect)
        if (!isApi(request)) {
            return fromSessionOrForm(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Optional<SignInResult> caller = tokens.verify(authorization.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            return unauthorized(response);
        }
        return context.notifyContainerAboutLogin(caller.get().email(), caller.get().roles());
    }

    /**
     * A caller signed in to this session is given to the container from the session's
     * {@link SignedInCaller}, on every request and on whichever instance serves it; otherwise the
     * form mechanism decides, and a sign-in it accepts is remembered in the session.
     */
    private AuthenticationStatus fromSessionOrForm(HttpServletRequest request, HttpServletResponse response,
                                                   HttpMessageContext context) throws AuthenticationException {
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(SignedInCaller.ATTRIBUTE);
        if (remembered instanceof SignedInCaller caller && !context.isAuthenticationRequest()) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        AuthenticationStatus status = form().validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS && context.isAuthenticationRequest() && context.getCallerPrincipal() != null) {
            request.getSession().setAttribute(SignedInCaller.ATTRIBUTE,
                    new SignedInCaller(context.getCallerPrincipal().getName(), context.getGroups()));
        }
        return status;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The bearer token is not valid: it is malformed, forged or expired\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : form().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInCaller.ATTRIBUTE);
        }
        form().cleanSubject(request, response, context);
    }
}
