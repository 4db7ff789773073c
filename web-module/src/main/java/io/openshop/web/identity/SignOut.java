package io.openshop.web.identity;

import io.openshop.service.identity.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Signs the caller out: the session ends, so its id is worth nothing afterwards. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    IdentityService identity;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        identity.signedOut(request.getRemoteAddr());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
