package io.openshop.domain.payment;

import io.openshop.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * The money of one order at a gateway: authorised, then captured, voided or refunded. Holds the
 * gateway's token and the card's last four digits only. Aggregate root, referring to its order by id.
 */
@Entity
@Table(name = "payment")
public class Payment {

    private static final Pattern CARD_NUMBER_LIKE = Pattern.compile(".*[0-9]{12,}.*");

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(nullable = false, length = 100, updatable = false)
    private String token;

    @Column(nullable = false, length = 4, updatable = false)
    private String last4;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal captured = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    public static Payment authorized(long orderId, String gateway, String token, PaymentGateway.Authorization authorization,
                                     Money amount, OffsetDateTime now) {
        if (token == null || CARD_NUMBER_LIKE.matcher(token).matches()) {
            throw new IllegalArgumentException("a payment keeps a gateway token, never a card number");
        }
        Payment p = new Payment();
        p.orderId = orderId;
        p.gateway = gateway;
        p.token = token;
        p.last4 = authorization.last4();
        p.reference = authorization.reference();
        p.status = PaymentStatus.AUTHORIZED;
        p.amount = amount.amount();
        p.currency = amount.currency().getCurrencyCode();
        p.createdAt = now;
        return p;
    }

    /** Takes the whole authorised amount. */
    public void captured() {
        if (status != PaymentStatus.AUTHORIZED) {
            throw new IllegalStateException("only an authorised payment is captured, this one is " + status);
        }
        status = PaymentStatus.CAPTURED;
        captured = amount;
    }

    public void voided() {
        if (status != PaymentStatus.AUTHORIZED) {
            throw new IllegalStateException("only an authorised payment is voided, this one is " + status);
        }
        status = PaymentStatus.VOIDED;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getReference() {
        return reference;
    }

    public String getLast4() {
        return last4;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(currency));
    }
}
