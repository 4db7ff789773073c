package io.openshop.domain.checkout;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A way of shipping to a zone in one currency, priced by weight band, free when the goods
 * (after discount) reach a threshold. Aggregate root.
 */
@Entity
@Table(name = "shipping_method")
public class ShippingMethod {

    @Id
    @SequenceGenerator(name = "shipping_method_seq", sequenceName = "shipping_method_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipping_method_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "zone_id", nullable = false)
    private ShippingZone zone;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "free_over_amount", precision = 19, scale = 2)
    private BigDecimal freeOver;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipping_rate", joinColumns = @JoinColumn(name = "method_id"))
    private List<ShippingRate> rates = new ArrayList<>();

    @Version
    private long version;

    protected ShippingMethod() {
        // for JPA
    }

    /** For tests and administration: a method with its bands. */
    public ShippingMethod(ShippingZone zone, String code, String name, Currency currency, Money freeOver, List<ShippingRate> rates) {
        this.zone = zone;
        this.code = code;
        this.name = name;
        this.currency = currency.getCurrencyCode();
        this.freeOver = freeOver == null ? null : freeOver.amount();
        this.rates = new ArrayList<>(rates);
    }

    /**
     * The price of shipping a parcel of this weight with goods worth this much (after discount):
     * free at or above the threshold, else the first band that holds the weight.
     */
    public Money quote(int weightGrams, Money goods) {
        Currency cur = Currency.getInstance(currency);
        if (!goods.currency().equals(cur)) {
            throw new InvalidInputException("shippingMethod", code + " is priced in " + currency);
        }
        if (freeOver != null && goods.amount().compareTo(freeOver) >= 0) {
            return Money.zero(cur);
        }
        return rates.stream().sorted(Comparator.comparingInt(ShippingRate::getMaxWeightGrams))
                .filter(r -> weightGrams <= r.getMaxWeightGrams()).findFirst()
                .map(r -> Money.of(r.getAmount(), cur))
                .orElseThrow(() -> new InvalidInputException("shippingMethod",
                        code + " does not take parcels of " + weightGrams + " g"));
    }

    public Long getId() {
        return id;
    }

    public ShippingZone getZone() {
        return zone;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public Money getFreeOver() {
        return freeOver == null ? null : Money.of(freeOver, getCurrency());
    }
}
