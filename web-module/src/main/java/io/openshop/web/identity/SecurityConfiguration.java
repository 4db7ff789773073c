package io.openshop.web.identity;

import io.openshop.domain.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The one place the shop declares how callers authenticate: a custom JSF form
 * ({@code /login.xhtml}) checked by {@link ShopIdentityStore}, the session remembering the
 * caller afterwards. Groups from the store are the role names of {@link Roles}; the domain's
 * default principal-to-role mapping (payara-config) turns them into roles for web and EJB alike.
 * <p>
 * A caller sent to the form from a protected page is redirected there with the page as a
 * {@code continue} parameter, and {@link LoginPage} authenticates as a new authentication and
 * redirects itself: the mechanism's own "continue" path restores the caller on the next request
 * from the session, which on Payara (bug #4734) leaves the EJB container without the caller's
 * groups for that one request.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{loginRedirect.loginPage}", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT, Roles.CUSTOMER})
@ApplicationScoped
public class SecurityConfiguration {
}
