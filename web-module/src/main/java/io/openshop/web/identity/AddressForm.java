package io.openshop.web.identity;

import io.openshop.service.identity.AddressView;

import java.io.Serializable;

/**
 * The fields of an address as a form holds them between requests, shared by the address book
 * page and the checkout's address step. Only text: the services check it when it is used.
 */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String line1;
    private String line2;
    private String postalCode;
    private String city;
    private String country;
    private String phone;

    public AddressForm() {
    }

    public AddressForm(String country) {
        this.country = country;
    }

    /** The form filled from a saved address. */
    public void fill(AddressView a) {
        name = a.name();
        line1 = a.line1();
        line2 = a.line2();
        postalCode = a.postalCode();
        city = a.city();
        country = a.country();
        phone = a.phone();
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
