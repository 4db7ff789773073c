package io.openshop.domain.order;

import io.openshop.domain.shared.EncryptedText;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/**
 * Where an order goes. Immutable value; every field checked here, so an order never holds a half address.
 * Everything but the country (needed in clear for tax and shipping) is encrypted at rest.
 */
@Embeddable
public class ShippingAddress {

    @Convert(converter = EncryptedText.class)
    @Column(name = "ship_name", nullable = false)
    private String name;

    @Convert(converter = EncryptedText.class)
    @Column(name = "ship_line1", nullable = false)
    private String line1;

    @Convert(converter = EncryptedText.class)
    @Column(name = "ship_line2")
    private String line2;

    @Convert(converter = EncryptedText.class)
    @Column(name = "ship_postal_code", nullable = false)
    private String postalCode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "ship_city", nullable = false)
    private String city;

    @Column(name = "ship_country", nullable = false, length = 2)
    private String country;

    protected ShippingAddress() {
        // for JPA
    }

    public ShippingAddress(String name, String line1, String line2, String postalCode, String city, String country) {
        this.name = TextRules.required("shippingAddress.name", name, 120);
        this.line1 = TextRules.required("shippingAddress.line1", line1, 200);
        this.line2 = line2 == null || line2.isBlank() ? null : TextRules.required("shippingAddress.line2", line2, 200);
        this.postalCode = TextRules.required("shippingAddress.postalCode", postalCode, 20);
        this.city = TextRules.required("shippingAddress.city", city, 120);
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new InvalidInputException("shippingAddress.country", "must be an ISO 3166 two-letter code");
        }
        this.country = c;
    }

    /** What is left of an address after its customer's data was erased: the country alone (for tax records). */
    public static ShippingAddress erased(String country) {
        ShippingAddress a = new ShippingAddress();
        a.name = "";
        a.line1 = "";
        a.line2 = null;
        a.postalCode = "";
        a.city = "";
        a.country = country;
        return a;
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
