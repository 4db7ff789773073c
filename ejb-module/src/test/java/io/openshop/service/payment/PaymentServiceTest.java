package io.openshop.service.payment;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.service.order.OrderCancellation;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.checkout.IdempotencyKeyReusedException;
import io.openshop.domain.checkout.Pricing;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.payment.RefundNotAllowedException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.inventory.InventoryServices;
import io.openshop.service.order.OrderView;
import io.openshop.service.testing.FakeAuditTrail;
import io.openshop.service.testing.FakeCheckoutRepository;
import io.openshop.service.testing.FakeInventoryRepository;
import io.openshop.service.testing.FakeMailOutbox;
import io.openshop.service.testing.FakeOrderRepository;
import io.openshop.service.testing.FakeOrderWorkflow;
import io.openshop.service.testing.FakePaymentGateway;
import io.openshop.service.testing.FakePaymentRepository;
import io.openshop.service.testing.FakeSessionContext;
import io.openshop.service.testing.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Capture, refund and the provider's webhooks against in-memory orders, payments and gateway:
 * each money movement happens once per key or event, never beyond what was captured, and an
 * event that does not fit the order is skipped rather than applied.
 */
class PaymentServiceTest {

    private static final Map<String, String> SIGNED = Map.of("Stripe-Signature", FakePaymentGateway.GENUINE);

    private final FakeOrderRepository orders = new FakeOrderRepository();
    private final FakePaymentRepository payments = new FakePaymentRepository();
    private final FakePaymentGateway gateway = new FakePaymentGateway();
    private final FakeCheckoutRepository idempotency = new FakeCheckoutRepository();
    private final FakeInventoryRepository stock = new FakeInventoryRepository();
    private final FakeOrderWorkflow workflow = new FakeOrderWorkflow();
    private final FakeMailOutbox mail = new FakeMailOutbox();
    private final FakeAuditTrail audit = new FakeAuditTrail();
    private final FakeSessionContext session = new FakeSessionContext().signedIn("support@shop.test", Roles.SUPPORT);
    private PaymentService service;
    private Order order;
    private Payment payment;

    private final RecordedEvent<WebhookReceipt> receipts = new RecordedEvent<>();

    @BeforeEach
    void setUp() {
        service = new PaymentService();
        service.audit = audit;
        service.orders = orders;
        service.payments = payments;
        service.gateway = gateway;
        service.idempotency = idempotency;
        service.cancellation = new OrderCancellation(payments, gateway, InventoryServices.over(stock, new RecordedEvent<LowStock>()));
        service.workflow = workflow;
        service.mail = mail;
        service.session = session;
        service.receipts = receipts;

        // an order of 2 × 10.00 + 4.90 shipping, its two units reserved, its 24.90 authorised
        stock.put(5, 1, 10);
        stock.reserve(5, 1, 2, StockChange.forOrder("1"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        order = Order.place(orders.nextNumber(), EmailAddress.of("kim@example.org"), new PostalAddress("Kim", "Road 1", null, "75001", "Paris", "FR"),
                "standard", null, Pricing.price(List.of(new PricingLine(5, "SKU-5", "Thing", Money.of("10.00", "EUR"), 2,
                        new BigDecimal("0.2"))), Money.of("0", "EUR"), Money.of("4.90", "EUR"), new BigDecimal("0.2"), true),
                List.of(new StockAllocation(5, 1, 2)), null, "kim@example.org", now);
        orders.add(order);
        payments.add(Payment.authorized(order.getId(), gateway.name(), "tok_visa", new PaymentGateway.Authorization("pi_1", "4242"),
                order.getGrandTotal(), now));
        payment = payments.payments.get(0);
    }

    /** A provider event as the gateway's adapter reads it from a genuine webhook. */
    private PaymentGateway.WebhookEvent event(String id, PaymentGateway.WebhookEvent.Kind kind, String amount) {
        return new PaymentGateway.WebhookEvent(id, kind, "provider." + kind.name().toLowerCase(), "pi_1",
                amount == null ? null : Money.of(amount, "EUR"));
    }

    private WebhookReceipt deliver(PaymentGateway.WebhookEvent event) {
        gateway.nextEvent = event;
        return service.receiveWebhook("{}", SIGNED);
    }

    private static void assertAmount(String expected, Money actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), "expected " + expected + ", got " + actual);
    }

    @Test
    void aCaptureIsMadeOncePerKeyAndStartsTheWorkflow() {
        OrderView paid = service.capture(order.getNumber(), "cap-1");
        OrderView again = service.capture(order.getNumber(), "cap-1");

        assertEquals(OrderStatus.PAID, paid.status());
        assertTrue(again.replayed());
        assertEquals(PaymentStatus.CAPTURED, payment.getStatus());
        assertEquals(1, gateway.calls("capture").size(), "one capture at the provider");
        assertAmount("24.90", gateway.calls("capture").get(0).amount());
        assertEquals(List.of(order.getNumber()), workflow.paid);
        assertEquals("support@shop.test", paid.history().get(paid.history().size() - 1).actor());
    }

    @Test
    void aKeyIsForOneRequestAndIsRequired() {
        service.capture(order.getNumber(), "cap-2");
        assertThrows(IdempotencyKeyReusedException.class, () -> service.capture("SO-999999", "cap-2"),
                "the key was for another order's capture");
        for (String key : new String[]{null, "", "with space"}) {
            assertEquals("Idempotency-Key", assertThrows(InvalidInputException.class,
                    () -> service.capture(order.getNumber(), key)).field());
        }
        assertThrows(NotFoundException.class, () -> service.capture("SO-999999", "cap-unknown"));
        assertEquals(1, gateway.calls("capture").size());
    }

    @Test
    void refundsGiveBackPartThenTheRestOncePerKeyAndNeverMore() {
        service.capture(order.getNumber(), "cap-3");

        OrderView part = service.refund(order.getNumber(), new BigDecimal("10.00"), "ref-1");
        OrderView replay = service.refund(order.getNumber(), new BigDecimal("10.00"), "ref-1");
        assertEquals(OrderStatus.PARTIALLY_REFUNDED, part.status());
        assertTrue(replay.replayed());
        assertEquals(1, gateway.calls("refund").size(), "the replay refunds nothing more");
        assertAmount("10.00", payment.getRefunded());

        assertThrows(RefundNotAllowedException.class, () -> service.refund(order.getNumber(), new BigDecimal("14.91"), "ref-2"),
                "14.90 is left");
        assertAmount("10.00", payment.getRefunded());

        OrderView rest = service.refund(order.getNumber(), new BigDecimal("14.90"), "ref-3");
        assertEquals(OrderStatus.REFUNDED, rest.status());
        assertEquals(PaymentStatus.REFUNDED, payment.getStatus());
        assertEquals(2, gateway.calls("refund").size());
        assertEquals(2, audit.actions().stream().filter(AuditAction.ORDER_REFUNDED::equals).count(), "each refund is audited");
        assertEquals(2, mail.mails.size(), "and the customer hears of each");
        assertEquals(List.of(order.getId() + " 10.00 EUR support@shop.test", order.getId() + " 14.90 EUR support@shop.test"),
                payments.refunds, "each refund once in the ledger, with who made it; the refused one and the replay not");
    }

    @Test
    void aRefundNeedsACaptureAndAnAmountOfTheOrdersCurrency() {
        assertThrows(RefundNotAllowedException.class, () -> service.refund(order.getNumber(), new BigDecimal("1.00"), "ref-early"));
        service.capture(order.getNumber(), "cap-4");
        for (String amount : new String[]{"0", "-5.00", "1.001"}) {
            assertEquals("amount", assertThrows(InvalidInputException.class,
                    () -> service.refund(order.getNumber(), new BigDecimal(amount), "ref-" + amount)).field());
        }
        assertEquals("amount", assertThrows(InvalidInputException.class,
                () -> service.refund(order.getNumber(), null, "ref-null")).field());
        assertTrue(gateway.calls("refund").isEmpty());
        assertEquals(PaymentStatus.CAPTURED, payment.getStatus());
    }

    @Test
    void aWebhookWithoutAGenuineSignatureIsRefusedOnItsHeader() {
        gateway.nextEvent = event("evt_forged", PaymentGateway.WebhookEvent.Kind.SUCCEEDED, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.receiveWebhook("{}", Map.of("Stripe-Signature", "forged")));
        assertEquals("Stripe-Signature", refused.field());
        assertEquals(OrderStatus.PENDING_PAYMENT, order.getStatus());
        assertTrue(payments.events.isEmpty(), "nothing claimed");
    }

    @Test
    void aSuccessEventIsAppliedOnceHoweverOftenItArrives() {
        WebhookReceipt first = deliver(event("evt_1", PaymentGateway.WebhookEvent.Kind.SUCCEEDED, null));
        WebhookReceipt second = deliver(event("evt_1", PaymentGateway.WebhookEvent.Kind.SUCCEEDED, null));

        assertFalse(first.duplicate());
        assertTrue(second.duplicate());
        assertEquals(OrderStatus.PAID, order.getStatus());
        assertEquals(PaymentStatus.CAPTURED, payment.getStatus());
        assertEquals(List.of(order.getNumber()), workflow.paid, "the workflow starts once");
        assertTrue(payments.events.get("fake/evt_1").startsWith("applied"), payments.events.toString());
        assertEquals(List.of(first, second), receipts.fired, "both told to the metrics");
        assertEquals(List.of("applied", "duplicate"), receipts.fired.stream().map(PaymentMetrics::result).toList());
    }

    @Test
    void aFailedPaymentCancelsAnUnpaidOrderAndReleasesItsStockButNeverAPaidOne() {
        WebhookReceipt failed = deliver(event("evt_fail", PaymentGateway.WebhookEvent.Kind.FAILED, null));
        assertTrue(failed.outcome().startsWith("applied"), failed.outcome());
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(PaymentStatus.VOIDED, payment.getStatus());
        assertEquals(0, stock.reserved(5, 1), "the two units are back");

        WebhookReceipt late = deliver(event("evt_ok_late", PaymentGateway.WebhookEvent.Kind.SUCCEEDED, null));
        assertTrue(late.outcome().startsWith("skipped"), "a cancelled order is never paid backwards: " + late.outcome());
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertTrue(workflow.paid.isEmpty());
    }

    @Test
    void aRefundAtTheProviderOnlyEverRaisesWhatWasRefunded() {
        service.capture(order.getNumber(), "cap-5");

        assertTrue(deliver(event("evt_r1", PaymentGateway.WebhookEvent.Kind.REFUNDED, "5.00")).outcome().startsWith("applied"));
        assertEquals(OrderStatus.PARTIALLY_REFUNDED, order.getStatus());
        WebhookReceipt stale = deliver(event("evt_r0", PaymentGateway.WebhookEvent.Kind.REFUNDED, "3.00"));
        assertTrue(stale.outcome().startsWith("skipped"), "an older total arriving late lowers nothing: " + stale.outcome());
        assertAmount("5.00", payment.getRefunded());
        deliver(event("evt_r2", PaymentGateway.WebhookEvent.Kind.REFUNDED, "24.90"));
        assertEquals(OrderStatus.REFUNDED, order.getStatus());
        assertEquals(PaymentStatus.REFUNDED, payment.getStatus());
        assertEquals(2, mail.mails.size(), "one email per refund that changed something");
    }

    @Test
    void eventsTheShopDoesNotHandleOrCannotPlaceAreIgnoredNotErrors() {
        assertTrue(deliver(event("evt_x", PaymentGateway.WebhookEvent.Kind.OTHER, null)).outcome().startsWith("ignored"));
        gateway.nextEvent = new PaymentGateway.WebhookEvent("evt_y", PaymentGateway.WebhookEvent.Kind.SUCCEEDED, "payment_intent.succeeded", "pi_unknown", null);
        assertTrue(service.receiveWebhook("{}", SIGNED).outcome().startsWith("ignored"));
        assertEquals(OrderStatus.PENDING_PAYMENT, order.getStatus());
        assertEquals(2, payments.events.size(), "both recorded as handled");
    }
}
