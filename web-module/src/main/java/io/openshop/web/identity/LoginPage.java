package io.openshop.web.identity;

import io.openshop.domain.identity.Roles;
import io.openshop.service.identity.IdentityService;
import io.openshop.service.identity.SignInResult;
import io.openshop.web.cart.CartSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The sign-in form for shoppers and staff alike, in two steps: the password, then, for accounts
 * with two-factor sign-in, the one-time code. Between the steps the session holds only the
 * single-use ticket the right password earned, never the password.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String REFUSED = "That email and password do not match an account, or the account is locked for a while after too many attempts.";
    static final String CODE_REFUSED = "That code is not right or was already used, or the account is locked for a while. Enter the newest code of your authenticator app.";
    /** The session attribute holding the ticket of a sign-in waiting for its one-time code. */
    static final String PENDING_TICKET = "io.openshop.signIn.pendingTicket";

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    private String email;
    private String password;
    private String code;
    private String continueTo;

    /** A fresh visit to the form starts a sign-in afresh. */
    public void startAfresh() {
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING_TICKET);
        }
    }

    /** Whether the form waits for the one-time code (the password was right). */
    public boolean isAwaitingCode() {
        HttpSession session = request().getSession(false);
        return session != null && session.getAttribute(PENDING_TICKET) != null;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = request();
        SignInResult first = identity.signIn(email, password, request.getRemoteAddr());
        password = null;
        if (!first.valid()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
            return;
        }
        if (first.secondFactorRequired()) {
            request.getSession().setAttribute(PENDING_TICKET, first.ticket());
            return;
        }
        complete(first.ticket(), null, REFUSED);
    }

    public void verifyCode() throws IOException {
        HttpSession session = request().getSession(false);
        String ticket = session == null ? null : (String) session.getAttribute(PENDING_TICKET);
        complete(ticket, code, CODE_REFUSED);
        code = null;
    }

    private void complete(String ticket, String oneTimeCode, String refusal) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondStepCredential(ticket, oneTimeCode)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                HttpSession session = request.getSession();
                session.removeAttribute(PENDING_TICKET);
                session.setAttribute(SignInFreshness.SIGNED_IN_AT, java.time.Instant.now());
                if (oneTimeCode != null) {
                    session.setAttribute(TwoFactorGate.VERIFIED, Boolean.TRUE);
                }
                request.changeSessionId(); // a new session id at login: a planted id is worth nothing
                CartSession.signedIn(request); // the guest cart joins the account's cart on the next page
                external.redirect(external.getRequestContextPath() + target(request));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
        }
    }

    private String target(HttpServletRequest request) {
        String wanted = LoginRedirect.safeTarget(continueTo);
        if (wanted != null) {
            return wanted;
        }
        // the servlet request's view of the roles is right even in the request that logged in
        return request.isUserInRole(Roles.CUSTOMER) ? "/account/" : "/admin/";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
