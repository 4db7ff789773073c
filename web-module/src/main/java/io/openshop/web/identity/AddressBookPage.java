package io.openshop.web.identity;

import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.identity.AddressBookService;
import io.openshop.service.identity.AddressDraft;
import io.openshop.service.identity.AddressView;
import io.openshop.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in customer's address book as a page: the same service and rules as
 * {@code /api/me/addresses}. One form adds an address or, after "Edit", changes that one; a
 * broken rule comes back as a message naming the field.
 */
@Named
@ViewScoped
public class AddressBookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AddressBookService addresses;

    private List<AddressView> book;
    private Long editing;
    private AddressForm form = new AddressForm();

    public List<AddressView> getAddresses() {
        if (book == null) {
            book = addresses.myAddresses();
        }
        return book;
    }

    /** Fills the form with one of the caller's addresses, to change it. */
    public void edit(long id) {
        try {
            AddressView a = addresses.myAddress(id);
            editing = a.id();
            form.fill(a);
        } catch (DomainException e) {
            error(null, e);
        }
    }

    public void save() {
        AddressDraft draft = new AddressDraft(form.getName(), form.getLine1(), form.getLine2(), form.getPostalCode(),
                form.getCity(), form.getCountry(), form.getPhone());
        try {
            AddressView saved = editing == null ? addresses.add(draft) : addresses.change(editing, draft);
            info((editing == null ? "Added " : "Saved ") + "the address of " + saved.name() + ".");
            clear();
        } catch (InvalidInputException e) {
            error(clientId(e.field()), e);
        } catch (DomainException e) {
            error(null, e);
        }
    }

    public void delete(long id) {
        try {
            addresses.remove(id);
            if (editing != null && editing == id) {
                clear();
            }
            book = null;
            info("Deleted the address.");
        } catch (DomainException e) {
            error(null, e);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        form = new AddressForm();
        book = null;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String clientId, DomainException e) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
    }

    /** The form field a domain error names, so the message is tied to it. */
    private static String clientId(String field) {
        return switch (field) {
            case "name", "line1", "line2", "postalCode", "city", "country", "phone" -> "address:" + field;
            default -> null;
        };
    }

    public boolean isEditing() {
        return editing != null;
    }

    public AddressForm getForm() {
        return form;
    }

}
