package io.openshop.domain.order;

import io.openshop.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/** Where an order goes. Immutable value; every field checked here, so an order never holds a half address. */
@Embeddable
public class ShippingAddress {

    @Column(name = "ship_name", nullable = false, length = 120)
    private String name;

    @Column(name = "ship_line1", nullable = false, length = 200)
    private String line1;

    @Column(name = "ship_line2", length = 200)
    private String line2;

    @Column(name = "ship_postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(name = "ship_city", nullable = false, length = 120)
    private String city;

    @Column(name = "ship_country", nullable = false, length = 2)
    private String country;

    protected ShippingAddress() {
        // for JPA
    }

    public ShippingAddress(String name, String line1, String line2, String postalCode, String city, String country) {
        this.name = required("shippingAddress.name", name, 120);
        this.line1 = required("shippingAddress.line1", line1, 200);
        this.line2 = line2 == null || line2.isBlank() ? null : required("shippingAddress.line2", line2, 200);
        this.postalCode = required("shippingAddress.postalCode", postalCode, 20);
        this.city = required("shippingAddress.city", city, 120);
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new InvalidInputException("shippingAddress.country", "must be an ISO 3166 two-letter code");
        }
        this.country = c;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return v;
    }

    public String getName() {
        return name;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }
}
