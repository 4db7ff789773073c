package io.openshop.domain.identity;

import io.openshop.domain.shared.EncryptedText;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * One address in a customer's address book. Everything but the country is encrypted at rest.
 * It belongs to exactly one account and is only ever found through its owner. Aggregate root.
 */
@Entity
@Table(name = "customer_address")
public class CustomerAddress {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,30}");

    @Id
    @SequenceGenerator(name = "customer_address_seq", sequenceName = "customer_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_address_seq")
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    /** The address itself, with the rules every postal address of the shop follows. */
    @Embedded
    private PostalAddress address;

    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected CustomerAddress() {
        // for JPA
    }

    public CustomerAddress(long ownerId, String name, String line1, String line2, String postalCode, String city,
                           String country, String phone, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        change(name, line1, line2, postalCode, city, country, phone);
    }

    /** Replaces every field at once, checked as on creation. */
    public void change(String name, String line1, String line2, String postalCode, String city, String country, String phone) {
        PostalAddress checked = new PostalAddress(name, line1, line2, postalCode, city, country);
        if (phone == null || phone.isBlank()) {
            this.phone = null;
        } else if (!PHONE.matcher(phone.strip()).matches()) {
            throw new InvalidInputException("phone", "must be 4 to 30 digits, spaces, + ( ) . / or -");
        } else {
            this.phone = phone.strip();
        }
        this.address = checked;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return address.getName();
    }

    public String getLine1() {
        return address.getLine1();
    }

    public String getLine2() {
        return address.getLine2();
    }

    public String getPostalCode() {
        return address.getPostalCode();
    }

    public String getCity() {
        return address.getCity();
    }

    public String getCountry() {
        return address.getCountry();
    }

    public String getPhone() {
        return phone;
    }

    public long getVersion() {
        return version;
    }
}
