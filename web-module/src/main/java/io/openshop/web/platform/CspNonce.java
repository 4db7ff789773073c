package io.openshop.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The script nonce of the answer being rendered (PrimeFaces' CSP), for a form's hidden
 * {@code primefaces.nonce} field. Unlike {@code viewScope['primefaces.nonce']} it asks no view
 * scope for it, so a stateless view (a visitor without a session) stays without a session; on
 * that view's postback PrimeFaces takes the posted nonce, since it kept none.
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
