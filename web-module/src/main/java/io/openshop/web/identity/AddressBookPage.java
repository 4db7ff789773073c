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
    private String name;
    private String line1;
    private String line2;
    private String postalCode;
    private String city;
    private String country;
    private String phone;

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
            name = a.name();
            line1 = a.line1();
            line2 = a.line2();
            postalCode = a.postalCode();
            city = a.city();
            country = a.country();
            phone = a.phone();
        } catch (DomainException e) {
            error(null, e);
        }
    }

    public void save() {
        AddressDraft draft = new AddressDraft(name, line1, line2, postalCode, city, country, phone);
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
        name = line1 = line2 = postalCode = city = country = phone = null;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
