package io.openshop.domain.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** The tax rate of one product tax class ("standard", "reduced") in one country. Aggregate root. */
@Entity
@Table(name = "tax_rate")
public class TaxRate {

    public static final String STANDARD = "standard";

    @Id
    @SequenceGenerator(name = "tax_rate_seq", sequenceName = "tax_rate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tax_rate_seq")
    private Long id;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "tax_class", nullable = false, length = 20)
    private String taxClass;

    @Column(nullable = false, precision = 6, scale = 4)
    private BigDecimal rate;

    @Version
    private long version;

    protected TaxRate() {
        // for JPA
    }

    public String getCountry() {
        return country;
    }

    public String getTaxClass() {
        return taxClass;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
