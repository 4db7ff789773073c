package io.openshop.web.identity;

import io.openshop.service.identity.IdentityService;
import io.openshop.service.identity.TwoFactorEnrolment;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Staff set up two-factor sign-in (administrators must): a new secret, shown once as a QR code
 * and as text, confirmed by a first code from the authenticator app.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityService identity;

    private boolean on;
    private String secret;
    private String otpauthUri;
    private String qrCode;
    private String code;

    @PostConstruct
    void begin() {
        Optional<TwoFactorEnrolment> enrolment = identity.beginTwoFactorEnrolment();
        on = enrolment.isEmpty();
        enrolment.ifPresent(e -> {
            secret = e.secret();
            otpauthUri = e.otpauthUri();
            qrCode = QrCodeImage.dataUri(e.otpauthUri());
        });
    }

    public void confirm() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean confirmed = identity.confirmTwoFactor(code, request.getRemoteAddr());
        code = null;
        if (!confirmed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "That code is not right. Check that your phone's clock is right and enter the newest code.", null));
            return;
        }
        request.getSession().setAttribute(TwoFactorGate.VERIFIED, Boolean.TRUE);
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Two-factor sign-in is on.", null));
        external.redirect(external.getRequestContextPath() + "/admin/");
        faces.responseComplete();
    }

    public boolean isOn() {
        return on;
    }

    public String getSecret() {
        return secret;
    }

    public String getOtpauthUri() {
        return otpauthUri;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
