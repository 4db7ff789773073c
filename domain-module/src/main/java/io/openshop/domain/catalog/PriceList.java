package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.openshop.domain.shared.Money;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;

/**
 * Prices in one currency for some products, valid from and until given times (either may be
 * open), ranked by priority where several lists of a currency are valid at once (a sale list
 * above the standard one). Aggregate root; its entries live in price_list_entry.
 */
@Entity
@Table(name = "price_list")
public class PriceList {

    @Id
    @SequenceGenerator(name = "price_list_seq", sequenceName = "price_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_list_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int priority;

    @Column(name = "valid_from")
    private OffsetDateTime validFrom;

    @Column(name = "valid_to")
    private OffsetDateTime validTo;

    @Version
    private long version;

    protected PriceList() {
        // for JPA
    }

    public PriceList(Slug code, String name, Currency currency, int priority, OffsetDateTime validFrom, OffsetDateTime validTo) {
        this.code = code.value();
        this.name = TextRules.name("name", name, 120);
        this.currency = currency.getCurrencyCode();
        this.priority = priority;
        reschedule(validFrom, validTo);
    }

    /** Sets the validity window; an open end is null. The window must not be empty. */
    public void reschedule(OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("validTo", "must be after validFrom");
        }
        this.validFrom = from;
        this.validTo = to;
    }

    public boolean isValidAt(OffsetDateTime instant) {
        return (validFrom == null || !instant.isBefore(validFrom)) && (validTo == null || instant.isBefore(validTo));
    }

    /** The price this list sets for a product: in the list's currency, never negative. */
    public Money entry(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException("price", "is required");
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException("price", "must not be negative");
        }
        return Money.of(amount, getCurrency());
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

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public int getPriority() {
        return priority;
    }

    public OffsetDateTime getValidFrom() {
        return validFrom;
    }

    public OffsetDateTime getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
