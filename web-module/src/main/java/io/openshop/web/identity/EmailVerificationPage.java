package io.openshop.web.identity;

import io.openshop.service.identity.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The page the verification email links to: confirms the address with the link's token. */
@Named
@RequestScoped
public class EmailVerificationPage {

    @Inject
    IdentityService identity;

    private String token;
    private boolean verified;

    public void verify() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        verified = identity.verifyEmail(token, request.getRemoteAddr());
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
