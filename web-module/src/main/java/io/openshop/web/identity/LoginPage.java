package io.openshop.web.identity;

import io.openshop.domain.identity.Roles;
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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The sign-in form for shoppers and staff alike. */
@Named
@RequestScoped
public class LoginPage {

    static final String REFUSED = "That email and password do not match an account, or the account is locked for a while after too many attempts.";

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private String continueTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId(); // a new session id at login: a planted id is worth nothing
                CartSession.signedIn(request); // the guest cart joins the account's cart on the next page
                external.redirect(external.getRequestContextPath() + target(request));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
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

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
