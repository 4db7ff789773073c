package io.openshop.web.identity;

import io.openshop.domain.shared.DomainException;
import io.openshop.service.identity.IdentityService;
import io.openshop.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Forgot your password?": asks for a reset link (the answer is the same whether or not the
 * address has an account) and sets a new password with the link's token.
 */
@Named
@RequestScoped
public class PasswordResetPage {

    static final String SENT = "If an account exists for that address, we have emailed it a link to choose a new password."
            + " The link works once, for 30 minutes.";

    @Inject
    IdentityService identity;

    private String email;
    private String token;
    private String password;
    private boolean done;

    public void requestLink() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            identity.requestPasswordReset(email, remoteAddress());
        } catch (DomainException e) { // a malformed address: nothing about any account
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            return;
        }
        done = true;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, SENT, null));
    }

    public void reset() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            identity.resetPassword(token, password, remoteAddress());
            done = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Your password has been changed, and every earlier sign-in has ended. Sign in with the new password.", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        } finally {
            password = null;
        }
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
