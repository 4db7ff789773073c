package io.openshop.domain.checkout;

import io.openshop.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Currency;

/**
 * A live carrier rate as it was offered for a cart: checkout charges what the shopper was shown,
 * without asking the carrier again, as long as the quote is fresh and the cart weighs what it
 * weighed. Aggregate root.
 */
@Entity
@Table(name = "carrier_quote")
public class CarrierQuote {

    /** How long an offered rate holds. */
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carrier_quote_seq")
    @SequenceGenerator(name = "carrier_quote_seq", sequenceName = "carrier_quote_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cart_id", nullable = false)
    private long cartId;

    @Column(nullable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "estimated_days")
    private Integer estimatedDays;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Version
    private long version;

    protected CarrierQuote() {
        // for JPA
    }

    public CarrierQuote(long cartId, CarrierRate rate, String country, int weightGrams, OffsetDateTime at) {
        this.country = country;
        this.cartId = cartId;
        this.code = rate.code();
        this.name = rate.name();
        this.price = rate.price().amount();
        this.currency = rate.price().currency().getCurrencyCode();
        this.weightGrams = weightGrams;
        this.estimatedDays = rate.estimatedDays();
        this.expiresAt = at.plus(VALIDITY);
    }

    /** Whether the quote still holds for a cart of this weight going to this country, at this time, in this currency. */
    public boolean holdsFor(int cartWeightGrams, String destination, Currency in, OffsetDateTime at) {
        return weightGrams == cartWeightGrams && country.equals(destination) && currency.equals(in.getCurrencyCode())
                && at.isBefore(expiresAt);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Money getPrice() {
        return Money.of(price, Currency.getInstance(currency));
    }

    public Integer getEstimatedDays() {
        return estimatedDays;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
