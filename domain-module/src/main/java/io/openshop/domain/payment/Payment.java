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

    /**
     * Gives back part or all of what was captured; refuses more than is left. Returns true when
     * the whole capture has now been refunded.
     */
    public boolean refund(Money money) {
        requireCurrency(money);
        if (money.amount().signum() <= 0) {
            throw new RefundNotAllowedException("the amount must be more than zero");
        }
        if (status != PaymentStatus.CAPTURED && status != PaymentStatus.PARTIALLY_REFUNDED) {
            throw new RefundNotAllowedException("the payment is " + status + ", only a captured payment is refunded");
        }
        BigDecimal total = refunded.add(money.amount());
        if (total.compareTo(captured) > 0) {
            throw new RefundNotAllowedException("at most " + captured.subtract(refunded) + " " + currency + " is left to refund");
        }
        refunded = total;
        status = total.compareTo(captured) == 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        return status == PaymentStatus.REFUNDED;
    }

    /**
     * The provider reports that this much has been refunded in all (a refund made at its
     * dashboard, or the echo of ours). Only ever raises the refunded amount, never lowers it, so
     * events arriving late or twice change nothing. Returns whether anything changed.
     */
    public boolean refundedInAllAtProvider(Money total) {
        requireCurrency(total);
        if (status == PaymentStatus.AUTHORIZED) {
            captured(); // a refund implies the capture happened
        }
        if (status != PaymentStatus.CAPTURED && status != PaymentStatus.PARTIALLY_REFUNDED) {
            return false;
        }
        BigDecimal amount = total.amount().min(captured);
        if (amount.compareTo(refunded) <= 0) {
            return false;
        }
        refunded = amount;
        status = amount.compareTo(captured) == 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        return true;
    }

    private void requireCurrency(Money money) {
        if (!money.currency().getCurrencyCode().equals(currency)) {
            throw new RefundNotAllowedException("the payment is in " + currency + ", not " + money.currency().getCurrencyCode());
        }
    }

    /** Whether some captured money is left to give back. */
    public boolean isRefundable() {
        return (status == PaymentStatus.CAPTURED || status == PaymentStatus.PARTIALLY_REFUNDED) && refunded.compareTo(captured) < 0;
    }

    public String getGateway() {
        return gateway;
    }

    public Money getCaptured() {
        return Money.of(captured, Currency.getInstance(currency));
    }

    public Money getRefunded() {
        return Money.of(refunded, Currency.getInstance(currency));
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
