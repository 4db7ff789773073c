package io.openshop.web.identity;

import io.openshop.domain.shared.DomainException;
import io.openshop.web.cart.CartSession;
import io.openshop.service.identity.IdentityService;
import io.openshop.web.platform.Messages;
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

/**
 * A shopper opens an account and is signed in straight away. An email that already has an
 * account gets the same answer (without being signed in), so that the form does not tell who
 * has an account.
 */
@Named
@RequestScoped
public class SignUpPage {

    @Inject
    IdentityService identity;

    @Inject
    SecurityContext security;

    private String email;
    private String name;
    private String password;

    public void signUp() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean created;
        try {
            created = identity.signUp(email, name, password, request.getRemoteAddr());
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            return;
        }
        // The same answer whether or not the email already had an account: a new session id and the account page.
        boolean signedIn = false;
        if (created) {
            AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                    AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(email, new Password(password)))
                            .newAuthentication(true));
            signedIn = status == AuthenticationStatus.SUCCESS;
        }
        password = null;
        request.getSession(true);
        request.changeSessionId();
        if (signedIn) {
            CartSession.signedIn(request); // the guest cart joins the account's cart on the next page
        }
        external.redirect(external.getRequestContextPath() + "/account/");
        faces.responseComplete();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
