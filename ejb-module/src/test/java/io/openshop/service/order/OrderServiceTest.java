package io.openshop.service.order;

import io.openshop.domain.checkout.Pricing;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.order.IllegalTransitionException;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.identity.CurrentAccount;
import io.openshop.service.inventory.InventoryServices;
import io.openshop.service.testing.FakeAccountRepository;
import io.openshop.service.testing.FakeAuditTrail;
import io.openshop.service.testing.FakeInventoryRepository;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Status changes with their effects on payment and stock, against in-memory fakes of the repositories and gateway. */
class OrderServiceTest {

    private final FakeOrderRepository orders = new FakeOrderRepository();
    private final FakePaymentRepository payments = new FakePaymentRepository();
    private final FakePaymentGateway gateway = new FakePaymentGateway();
    /** Variant 5 in warehouse 1: 10 on hand, the order's 2 reserved. */
    private final FakeInventoryRepository stock = new FakeInventoryRepository();
    private final FakeOrderWorkflow workflow = new FakeOrderWorkflow();
    private Order order;
    private OrderService service;

    @BeforeEach
    void setUp() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        order = Order.place("SO-000042", EmailAddress.of("kim@example.org"), new PostalAddress("Kim", "Road 1", null, "75001", "Paris", "FR"),
                "standard", null, Pricing.price(List.of(new PricingLine(5, "SKU-5", "Thing", Money.of("10.00", "EUR"), 2,
                        new BigDecimal("0.2"))), Money.of("0", "EUR"), Money.of("4.90", "EUR"), new BigDecimal("0.2"), true),
                List.of(new StockAllocation(5, 1, 2)), null, "kim@example.org", now);
        orders.add(order);
        payments.add(Payment.authorized(order.getId(), "test", "tok_visa", new PaymentGateway.Authorization("auth-1", "4242"),
                order.getGrandTotal(), now));
        stock.put(5, 1, 10);
        stock.reserve(5, 1, 2, StockChange.forOrder("1"));

        service = new OrderService();
        service.orders = orders;
        service.payments = payments;
        service.gateway = gateway;
        service.inventory = InventoryServices.over(stock, new RecordedEvent<LowStock>());
        service.cancellation = new OrderCancellation(payments, gateway, service.inventory);
        service.workflow = workflow;
        service.audit = new FakeAuditTrail();
        service.current = new CurrentAccount(new FakeSessionContext().signedIn("clerk"), new FakeAccountRepository());
    }

    private List<String> gatewayCalls() {
        return gateway.calls.stream().map(c -> c.operation() + " " + c.reference()).toList();
    }

    /** On hand and reserved units of variant 5 in warehouse 1. */
    private List<Integer> stock() {
        return List.of(stock.onHand(5, 1), stock.reserved(5, 1));
    }

    @Test
    void payingCapturesTheAuthorisationAndShippingTakesTheStockOut() {
        service.markPaid("SO-000042");
        assertEquals(PaymentStatus.CAPTURED, payments.payments.get(0).getStatus());
        assertEquals(List.of("capture auth-1"), gatewayCalls());
        service.startFulfilment("SO-000042");
        OrderView shipped = service.ship("SO-000042");
        assertEquals(OrderStatus.SHIPPED, shipped.status());
        assertEquals(List.of(8, 0), stock(), "the two reserved units left the warehouse");
        assertEquals(List.of("SO-000042"), workflow.paid, "the workflow starts once paid");
        assertEquals(List.of("SO-000042"), workflow.shipped, "shipping emails");
        assertEquals("clerk", shipped.history().get(shipped.history().size() - 1).actor());
        assertThrows(IllegalTransitionException.class, () -> service.cancel("SO-000042"), "a shipped order is not cancelled");
        assertEquals(List.of(8, 0), stock(), "and its stock is not released");
    }

    @Test
    void cancellingReleasesTheStockAndVoidsTheAuthorisationOnce() {
        OrderView cancelled = service.cancelOwn("SO-000042", "KIM@example.org");
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(List.of(10, 0), stock(), "the reservation is released");
        assertEquals(List.of("void auth-1"), gatewayCalls());
        assertEquals(PaymentStatus.VOIDED, payments.payments.get(0).getStatus());
        assertThrows(IllegalTransitionException.class, () -> service.cancelOwn("SO-000042", "kim@example.org"));
        assertEquals(List.of(10, 0), stock(), "released once");
        assertEquals(List.of("void auth-1"), gatewayCalls(), "voided once");
    }

    @Test
    void aStrangerCannotSeeOrCancelTheOrderAndAShipmentNeedsPaymentFirst() {
        assertThrows(NotFoundException.class, () -> service.view("SO-000042", "eve@example.org"));
        assertThrows(NotFoundException.class, () -> service.cancelOwn("SO-000042", "eve@example.org"));
        assertThrows(NotFoundException.class, () -> service.view("SO-999999", "kim@example.org"));
        assertThrows(IllegalTransitionException.class, () -> service.ship("SO-000042"));
        assertEquals(List.of(10, 2), stock(), "the stock is untouched");
        assertEquals(OrderStatus.PENDING_PAYMENT, service.view("SO-000042", "kim@example.org").status());
    }

    @Test
    void onlyOrdersStillUnpaidAndOldEnoughExpire() {
        assertEquals(false, service.expireIfUnpaid("SO-000042", order.getPlacedAt()), "placed at, not before, the cut-off");
        assertEquals(true, service.expireIfUnpaid("SO-000042", order.getPlacedAt().plusSeconds(1)));
        assertEquals("system:reservation-expiry", order.getHistory().get(1).getActor());
        assertEquals(false, service.expireIfUnpaid("SO-000042", order.getPlacedAt().plusSeconds(1)), "already cancelled");
    }

    @Test
    void aPaymentTheProviderReportedFailedIsVoidedWithoutAskingTheProviderAgain() {
        service.cancellation.cancelAfterFailedPayment(order, payments.payments.get(0), "provider:test",
                order.getPlacedAt().plusMinutes(1));
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(List.of(10, 0), stock(), "the same release as any other cancellation");
        assertEquals(List.of(), gatewayCalls(), "the provider already knows");
        assertEquals(PaymentStatus.VOIDED, payments.payments.get(0).getStatus());
    }

    @Test
    void aTypedAddressThatIsNoAddressOwnsNoOrder() {
        assertThrows(NotFoundException.class, () -> service.view("SO-000042", "kim"));
        assertThrows(NotFoundException.class, () -> service.view("SO-000042", null));
    }
}
