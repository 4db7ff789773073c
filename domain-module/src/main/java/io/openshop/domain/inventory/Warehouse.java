package io.openshop.domain.inventory;

import io.openshop.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.List;
import java.util.regex.Pattern;

/** A place stock is kept and shipped from. Aggregate root. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    @Id
    @SequenceGenerator(name = "warehouse_seq", sequenceName = "warehouse_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warehouse_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 2)
    private String country;

    @Version
    private long version;

    protected Warehouse() {
        // for JPA
    }

    public Warehouse(String code, String name, String country) {
        if (code == null || code.length() > 40 || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be lowercase letters and digits joined by hyphens");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new InvalidInputException("name", "must be 1 to 120 characters");
        }
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new InvalidInputException("country", "must be an ISO 3166 two-letter code");
        }
        this.code = code;
        this.name = name.strip();
        this.country = country;
    }

    /** The id of the warehouse with this code among {@code warehouses}; a blank or unknown code is a field error. */
    public static long idOf(List<Warehouse> warehouses, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("warehouse", "is required");
        }
        return warehouses.stream().filter(w -> w.code.equals(code.strip())).findFirst().map(Warehouse::getId)
                .orElseThrow(() -> new InvalidInputException("warehouse", "'" + code.strip() + "' is not a warehouse of the shop"));
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

    public String getCountry() {
        return country;
    }
}
