package io.openshop.domain.checkout;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashSet;
import java.util.Set;

/** Countries shipped to alike (the EU, the US); each country is in one zone at most. Aggregate root. */
@Entity
@Table(name = "shipping_zone")
public class ShippingZone {

    @Id
    @SequenceGenerator(name = "shipping_zone_seq", sequenceName = "shipping_zone_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipping_zone_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipping_zone_country", joinColumns = @JoinColumn(name = "zone_id"))
    @Column(name = "country", nullable = false, length = 2)
    private Set<String> countries = new HashSet<>();

    @Version
    private long version;

    protected ShippingZone() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Set<String> getCountries() {
        return Set.copyOf(countries);
    }
}
