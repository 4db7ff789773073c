package io.openshop.web.identity;

import io.openshop.service.identity.AccountProfile;
import io.openshop.service.identity.IdentityService;
import io.openshop.service.identity.PersonalDataService;
import io.openshop.domain.shared.DomainException;
import io.openshop.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The signed-in customer's own account page. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    IdentityService identity;

    @Inject
    PersonalDataService personalData;

    private AccountProfile profile;
    private String name;
    private String erasePassword;

    /** Changes the account's name; a refused name is a message on the field. */
    public void rename() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            profile = identity.renameMe(name);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your name is now " + profile.getDisplayName() + ".", null));
        } catch (DomainException e) {
            faces.addMessage("profile:name", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        }
    }

    public String getName() {
        return name == null ? getProfile().getDisplayName() : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /**
     * "Download my data": the same JSON as GET /api/me/export, sent as a file from the signed-in
     * session (a Faces postback, so the view state and the CSP nonce guard it against CSRF).
     */
    public void downloadData() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        ExportResponse export = ExportResponse.of(personalData.exportMine(request.getRemoteAddr()));
        String json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(export);
        } catch (Exception e) {
            throw new IOException("The export could not be written as JSON", e);
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"openshop-data.json\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.getResponseOutputStream().write(bytes);
        faces.responseComplete();
    }

    /**
     * "Erase my account", confirmed with the password: the same as POST /api/me/erase (personal
     * data removed, orders kept without it, audited). The session ends and the shopper lands on
     * the home page; a wrong password is a message on the field and nothing is erased.
     */
    public void erase() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            personalData.eraseMine(erasePassword, request.getRemoteAddr());
        } catch (DomainException e) {
            faces.addMessage("erase:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            return;
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?erased=true");
        faces.responseComplete();
    }

    public String getErasePassword() {
        return null; // never shown again
    }

    public void setErasePassword(String erasePassword) {
        this.erasePassword = erasePassword;
    }

    public AccountProfile getProfile() {
        if (profile == null) {
            profile = identity.myProfile();
        }
        return profile;
    }
}
