package io.openshop.service.payment;

import io.openshop.domain.checkout.CheckoutRepository;
import io.openshop.domain.checkout.IdempotencyKeyReusedException;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.payment.RefundNotAllowedException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.mail.MailOutbox;
import io.openshop.service.order.OrderCancellation;
import io.openshop.service.order.OrderEmails;
import io.openshop.service.order.OrderWorkflow;
import io.openshop.service.order.OrderView;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Money after checkout: capture, refund and the provider's webhooks. Capture and refund carry the
 * caller's idempotency key, claimed under the unique constraint of idempotency_key in the same
 * transaction as the effect, so the same request sent again returns the first result; the keys
 * sent on to the provider are derived from ours, so a retry never charges or refunds twice there
 * either. Webhook events are claimed by id in the same transaction as their effect.
 */
@Stateless
public class PaymentService {

    static final String CAPTURE = "capture";
    static final String REFUND = "refund";
    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @Inject
    Event<WebhookReceipt> receipts;

    @Inject
    AuditTrail audit;

    @Inject
    OrderRepository orders;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentGateway gateway;

    @Inject
    CheckoutRepository idempotency;

    @Inject
    OrderWorkflow workflow;

    @Inject
    OrderCancellation cancellation;

    @Inject
    MailOutbox mail;

    @Resource
    SessionContext session;

    /** Captures an order's authorised payment and marks the order paid; the same key again returns the first result. */
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public OrderView capture(String number, String idempotencyKey) {
        requireKey(idempotencyKey);
        String fingerprint = fingerprint(CAPTURE, strip(number));
        Replay replay = claim(CAPTURE, idempotencyKey, fingerprint);
        if (replay != null) {
            return replay.view();
        }
        Order order = order(number);
        order.markPaid(session.getCallerPrincipal().getName(), now());
        for (Payment p : payments.ofOrder(order.getId())) {
            if (p.getStatus() == PaymentStatus.AUTHORIZED) {
                // one capture per payment, ever: the provider's key does not depend on the caller's
                gateway.capture(p.getReference(), p.getAmount(), "capture-" + order.getNumber() + "-" + p.getId());
                p.captured();
            }
        }
        workflow.paid(order);
        idempotency.complete(CAPTURE, idempotencyKey, order.getId());
        return OrderView.of(order, false);
    }

    /**
     * Gives part or all of a captured payment back; never more than was captured (the payment
     * refuses it, and a CHECK in the database too). Partial refunds leave the order
     * PARTIALLY_REFUNDED, the last one REFUNDED.
     */
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public OrderView refund(String number, BigDecimal amount, String idempotencyKey) {
        requireKey(idempotencyKey);
        if (amount == null) {
            throw new InvalidInputException("amount", "is required");
        }
        String fingerprint = fingerprint(REFUND, strip(number), amount.stripTrailingZeros().toPlainString());
        Replay replay = claim(REFUND, idempotencyKey, fingerprint);
        if (replay != null) {
            return replay.view();
        }
        Order order = order(number);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Math.max(0, order.getCurrency().getDefaultFractionDigits())) {
            throw new InvalidInputException("amount", "must be more than zero, with no more decimals than "
                    + order.getCurrency().getCurrencyCode() + " has");
        }
        Money money = Money.of(amount, order.getCurrency());
        Payment payment = payments.ofOrder(order.getId()).stream()
                .filter(p -> p.getStatus() == PaymentStatus.CAPTURED || p.getStatus() == PaymentStatus.PARTIALLY_REFUNDED)
                .findFirst()
                .orElseThrow(() -> new RefundNotAllowedException("order " + order.getNumber() + " has no captured payment"));
        String actor = session.getCallerPrincipal().getName();
        OrderStatus before = order.getStatus();
        Money refundedBefore = payment.getRefunded();
        boolean fully = payment.refund(money);
        OffsetDateTime at = now();
        order.refunded(fully, actor, at);
        payments.recordRefund(payment, money, actor, at);
        audit.record(new AuditEntry(actor, AuditAction.ORDER_REFUNDED, "order:" + order.getNumber(),
                Map.of("status", before.name(), "refunded", refundedBefore.toString()),
                Map.of("status", order.getStatus().name(), "refunded", payment.getRefunded().toString(), "amount", money.toString()),
                null));
        gateway.refund(payment.getReference(), money, "refund-" + order.getNumber() + "-" + idempotencyKey);
        mail.enqueue(OrderEmails.refund(order, money, "key-" + idempotencyKey));
        idempotency.complete(REFUND, idempotencyKey, order.getId());
        return OrderView.of(order, false);
    }

    /**
     * A provider event, verified by the gateway (a bad or stale signature is refused) and handled
     * at most once: its id is inserted in this transaction, so a replay finds it and does nothing.
     * An event that would move an order backwards, or that does not fit where the order is, is
     * skipped and its outcome recorded, never an error.
     */
    @PermitAll
    public WebhookReceipt receiveWebhook(String payload, Map<String, String> headers) {
        PaymentGateway.WebhookEvent event;
        try {
            event = gateway.parseWebhook(payload == null ? "" : payload, headers);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Stripe-Signature", "the webhook is not genuine: " + e.getMessage());
        }
        if (!payments.claimEvent(gateway.name(), event.id(), event.name(), now())) {
            return received(new WebhookReceipt(event.id(), event.name(), true, "already handled"));
        }
        String outcome = apply(event);
        payments.recordOutcome(gateway.name(), event.id(), outcome);
        LOG.info(() -> "Payment event " + event.id() + " (" + event.name() + ", " + event.kind() + "): " + outcome);
        return received(new WebhookReceipt(event.id(), event.name(), false, outcome));
    }

    /** Tells the metrics ({@link PaymentMetrics}) what became of a provider event. */
    private WebhookReceipt received(WebhookReceipt receipt) {
        receipts.fire(receipt);
        return receipt;
    }

    private String apply(PaymentGateway.WebhookEvent event) {
        if (event.kind() == PaymentGateway.WebhookEvent.Kind.OTHER) {
            return "ignored: type not handled";
        }
        if (event.reference() == null) {
            return "ignored: no payment reference";
        }
        Payment payment = payments.byReference(gateway.name(), event.reference()).orElse(null);
        if (payment == null) {
            return "ignored: no payment " + event.reference();
        }
        Order order = orders.lock(payment.getOrderId()).orElseThrow();
        String actor = "provider:" + gateway.name();
        OffsetDateTime now = now();
        switch (event.kind()) {
            case SUCCEEDED -> {
                if (payment.getStatus() == PaymentStatus.AUTHORIZED) {
                    payment.captured();
                }
                String outcome = moveIfAllowed(order, OrderStatus.PAID, actor, now);
                if (order.getStatus() == OrderStatus.PAID && outcome.startsWith("applied")) {
                    workflow.paid(order);
                }
                return outcome;
            }
            case FAILED -> {
                if (!order.getStatus().canMoveTo(OrderStatus.CANCELLED) || payment.getStatus() != PaymentStatus.AUTHORIZED) {
                    return "skipped: order " + order.getNumber() + " is " + order.getStatus() + ", payment " + payment.getStatus();
                }
                cancellation.cancelAfterFailedPayment(order, payment, actor, now);
                return "applied: order " + order.getNumber() + " CANCELLED, stock released";
            }
            default -> { // REFUNDED (OTHER was answered above)
                if (event.amount() == null) {
                    return "ignored: no refunded amount";
                }
                Money before = payment.getRefunded();
                boolean changed = payment.refundedInAllAtProvider(event.amount());
                if (!changed) {
                    return "skipped: payment " + payment.getStatus() + " has " + payment.getRefunded().amount() + " refunded already";
                }
                if (order.getStatus() == OrderStatus.PENDING_PAYMENT) {
                    order.markPaid(actor, now); // a refund implies the capture; the order passes through PAID
                }
                OrderStatus target = payment.getStatus() == PaymentStatus.REFUNDED ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
                payments.recordRefund(payment, payment.getRefunded().minus(before), actor, now);
                mail.enqueue(OrderEmails.refund(order, payment.getRefunded().minus(before), "event-" + event.id()));
                return moveIfAllowed(order, target, actor, now);
            }
        }
    }

    private static String moveIfAllowed(Order order, OrderStatus target, String actor, OffsetDateTime now) {
        if (!order.getStatus().canMoveTo(target)) {
            return "skipped: order " + order.getNumber() + " is " + order.getStatus() + " and does not become " + target;
        }
        order.moveTo(target, actor, now);
        return "applied: order " + order.getNumber() + " " + target;
    }

    private Replay claim(String scope, String key, String fingerprint) {
        CheckoutRepository.IdempotencyClaim claim = idempotency.claim(scope, key, fingerprint, now());
        if (claim.fresh()) {
            return null;
        }
        if (!claim.requestHash().equals(fingerprint) || claim.orderId() == null) {
            throw new IdempotencyKeyReusedException();
        }
        return new Replay(OrderView.of(orders.byId(claim.orderId()).orElseThrow(), true));
    }

    private record Replay(OrderView view) {
    }

    private Order order(String number) {
        if (number == null || number.isBlank()) {
            throw new NotFoundException("Order", "");
        }
        return orders.lockByNumber(number.strip()).orElseThrow(() -> new NotFoundException("Order", number));
    }

    private static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "header is required: 1 to 100 visible characters, e.g. a UUID");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String fingerprint(String... parts) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
