package io.openshop.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/**
 * A postal address as the shop keeps it, in the address book and as an order's snapshot of
 * where it goes: the rules for its fields live here alone. Immutable value; everything but the
 * country (needed in clear for tax and shipping) is encrypted at rest. The column names are the
 * address book's; an order maps them to its own with attribute overrides.
 */
@Embeddable
public class PostalAddress {

    public static final int MAX_NAME = 120;
    public static final int MAX_LINE = 200;
    public static final int MAX_POSTAL_CODE = 20;
    public static final int MAX_CITY = 120;

    @Convert(converter = EncryptedText.class)
    @Column(name = "name", nullable = false)
    private String name;

    @Convert(converter = EncryptedText.class)
    @Column(name = "line1", nullable = false)
    private String line1;

    @Convert(converter = EncryptedText.class)
    @Column(name = "line2")
    private String line2;

    @Convert(converter = EncryptedText.class)
    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "city", nullable = false)
    private String city;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    protected PostalAddress() {
        // for JPA
    }

    /** An address whose refusals name its fields as they are ({@code name}, {@code line1} …). */
    public PostalAddress(String name, String line1, String line2, String postalCode, String city, String country) {
        this("", name, line1, line2, postalCode, city, country);
    }

    /**
     * An address given as part of something bigger: its refusals name the field under
     * {@code field}, so that a checkout's wrong city is {@code shippingAddress.city}.
     */
    public static PostalAddress of(String field, String name, String line1, String line2, String postalCode, String city,
                                   String country) {
        return new PostalAddress(field == null || field.isEmpty() ? "" : field + ".", name, line1, line2, postalCode, city, country);
    }

    private PostalAddress(String prefix, String name, String line1, String line2, String postalCode, String city, String country) {
        this.name = TextRules.required(prefix + "name", name, MAX_NAME);
        this.line1 = TextRules.required(prefix + "line1", line1, MAX_LINE);
        this.line2 = line2 == null || line2.isBlank() ? null : TextRules.required(prefix + "line2", line2, MAX_LINE);
        this.postalCode = TextRules.required(prefix + "postalCode", postalCode, MAX_POSTAL_CODE);
        this.city = TextRules.required(prefix + "city", city, MAX_CITY);
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new InvalidInputException(prefix + "country", "must be an ISO 3166 two-letter code");
        }
        this.country = c;
    }

    /** What is left of an address after its person's data was erased: the country alone (for tax records). */
    public PostalAddress erased() {
        PostalAddress a = new PostalAddress();
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

    @Override
    public boolean equals(Object o) {
        return o instanceof PostalAddress a && Objects.equals(name, a.name) && Objects.equals(line1, a.line1)
                && Objects.equals(line2, a.line2) && Objects.equals(postalCode, a.postalCode) && Objects.equals(city, a.city)
                && Objects.equals(country, a.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, line1, line2, postalCode, city, country);
    }
}
