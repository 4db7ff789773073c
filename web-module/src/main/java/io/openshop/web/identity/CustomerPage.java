package io.openshop.web.identity;

import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.identity.CustomerDeskService;
import io.openshop.service.identity.CustomerDetail;
import io.openshop.service.identity.PersonalDataService;
import io.openshop.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * One customer for support and administrators: profile, addresses, orders, reviews and audit
 * trail; close the account or open it again, download their data export on their request, and
 * (administrators) erase their data. Every action is confirmed in the dialog and audited by the
 * services.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerDeskService desk;

    @Inject
    PersonalDataService personalData;

    private Long id;
    private CustomerDetail detail;

    /** The view action: the customer of the address; the page says so when there is none. */
    public void load() {
        try {
            detail = id == null ? null : desk.customer(id);
        } catch (NotFoundException e) {
            detail = null;
        }
    }

    public void disable() {
        act(() -> desk.disable(id, remoteAddress()), "The account is closed: the customer can no longer sign in.");
    }

    public void enable() {
        act(() -> desk.enable(id, remoteAddress()), "The account is open again.");
    }

    public void erase() {
        act(() -> personalData.eraseCustomer(detail.customer().email(), remoteAddress()),
                "The customer's personal data is erased; their orders stay, without it.");
    }

    /** The customer's data as a JSON file (the export is audited with your name). */
    public StreamedContent getExport() {
        try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            byte[] bytes = json.toJson(ExportResponse.of(personalData.exportCustomer(id, remoteAddress())))
                    .getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder().name("customer-" + id + "-data.json").contentType("application/json")
                    .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
        } catch (Exception e) {
            throw new IllegalStateException("The export could not be written", e);
        }
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (DomainException e) {
            Messages.refuse(e);
        }
        detail = desk.customer(id);
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public CustomerDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
