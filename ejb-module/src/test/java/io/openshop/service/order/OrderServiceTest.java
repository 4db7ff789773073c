package io.openshop.service.order;

import io.openshop.domain.checkout.Pricing;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.order.IllegalTransitionException;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.identity.CurrentAccount;
import io.openshop.service.inventory.InventoryService;
import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Status changes with their effects on payment and stock, against in-memory fakes of the repositories and gateway. */
class OrderServiceTest {

    private final List<String> stockCalls = new ArrayList<>();
    private final List<String> gatewayCalls = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<String> workflowCalls = new ArrayList<>();
    private Order order;
    private OrderService service;

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }

    @BeforeEach
    void setUp() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        order = Order.place("SO-000042", EmailAddress.of("kim@example.org"), new PostalAddress("Kim", "Road 1", null, "75001", "Paris", "FR"),
                "standard", null, Pricing.price(List.of(new PricingLine(5, "SKU-5", "Thing", Money.of("10.00", "EUR"), 2,
                        new BigDecimal("0.2"))), Money.of("0", "EUR"), Money.of("4.90", "EUR"), new BigDecimal("0.2"), true),
                List.of(new StockAllocation(5, 1, 2)), null, "kim@example.org", now);
        Field id = Order.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(order, 99L);
        payments.add(Payment.authorized(99, "test", "tok_visa", new PaymentGateway.Authorization("auth-1", "4242"),
                order.getGrandTotal(), now));

        service = new OrderService();
        service.orders = fake(OrderRepository.class, (p, m, a) -> switch (m.getName()) {
            case "byNumber", "lockByNumber" -> "SO-000042".equals(a[0]) ? Optional.of(order) : Optional.empty();
            default -> throw new UnsupportedOperationException(m.getName());
        });
        service.payments = fake(PaymentRepository.class, (p, m, a) -> switch (m.getName()) {
            case "ofOrder" -> payments;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        service.gateway = fake(PaymentGateway.class, (p, m, a) -> {
            gatewayCalls.add(m.getName() + " " + a[0]);
            return null;
        });
        InventoryService inventory = new InventoryService();
        Field repository = InventoryService.class.getDeclaredField("inventory");
        repository.setAccessible(true);
        repository.set(inventory, fake(InventoryRepository.class, (p, m, a) -> {
            stockCalls.add(m.getName() + " " + a[0] + "/" + a[1] + " x" + a[2]);
            return null;
        }));
        service.inventory = inventory;
        service.cancellation = new OrderCancellation(service.payments, service.gateway, inventory);
        service.workflow = new OrderWorkflow() {
            private boolean stockCommitted;

            @Override
            public void paid(Order paid) {
                workflowCalls.add("paid " + paid.getNumber());
            }

            @Override
            public boolean claimStockCommit(Order shipped) {
                boolean first = !stockCommitted;
                stockCommitted = true;
                return first;
            }

            @Override
            public void shipped(Order shipped) {
                workflowCalls.add("shipped " + shipped.getNumber());
            }
        };
        Principal clerk = () -> "clerk";
        service.current = new CurrentAccount(fake(SessionContext.class, (p, m, a) -> switch (m.getName()) {
            case "getCallerPrincipal" -> clerk;
            default -> throw new UnsupportedOperationException(m.getName());
        }), fake(AccountRepository.class, (p, m, a) -> Optional.empty()));
    }

    @Test
    void payingCapturesTheAuthorisationAndShippingTakesTheStockOut() {
        service.markPaid("SO-000042");
        assertEquals(PaymentStatus.CAPTURED, payments.get(0).getStatus());
        assertEquals(List.of("capture auth-1"), gatewayCalls);
        service.startFulfilment("SO-000042");
        OrderView shipped = service.ship("SO-000042");
        assertEquals(OrderStatus.SHIPPED, shipped.status());
        assertEquals(List.of("commit 5/1 x2"), stockCalls);
        assertEquals(List.of("paid SO-000042", "shipped SO-000042"), workflowCalls, "the workflow starts once paid; shipping emails");
        assertEquals("clerk", shipped.history().get(shipped.history().size() - 1).actor());
        assertThrows(IllegalTransitionException.class, () -> service.cancel("SO-000042"), "a shipped order is not cancelled");
        assertEquals(List.of("commit 5/1 x2"), stockCalls, "and its stock is not released");
    }

    @Test
    void cancellingReleasesTheStockAndVoidsTheAuthorisationOnce() {
        OrderView cancelled = service.cancelOwn("SO-000042", "KIM@example.org");
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(List.of("release 5/1 x2"), stockCalls);
        assertEquals(List.of("voidAuthorization auth-1"), gatewayCalls);
        assertEquals(PaymentStatus.VOIDED, payments.get(0).getStatus());
        assertThrows(IllegalTransitionException.class, () -> service.cancelOwn("SO-000042", "kim@example.org"));
        assertEquals(1, stockCalls.size(), "released once");
    }

    @Test
    void aStrangerCannotSeeOrCancelTheOrderAndAShipmentNeedsPaymentFirst() {
        assertThrows(NotFoundException.class, () -> service.view("SO-000042", "eve@example.org"));
        assertThrows(NotFoundException.class, () -> service.cancelOwn("SO-000042", "eve@example.org"));
        assertThrows(NotFoundException.class, () -> service.view("SO-999999", "kim@example.org"));
        assertThrows(IllegalTransitionException.class, () -> service.ship("SO-000042"));
        assertEquals(List.of(), stockCalls);
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
        new OrderCancellation(service.payments, service.gateway, service.inventory)
                .cancelAfterFailedPayment(order, payments.get(0), "provider:test", order.getPlacedAt().plusMinutes(1));
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertEquals(List.of("release 5/1 x2"), stockCalls, "the same release as any other cancellation");
        assertEquals(List.of(), gatewayCalls);
        assertEquals(PaymentStatus.VOIDED, payments.get(0).getStatus());
    }

    @Test
    void aTypedAddressThatIsNoAddressOwnsNoOrder() {
        assertThrows(NotFoundException.class, () -> service.view("SO-000042", "kim"));
        assertThrows(NotFoundException.class, () -> service.view("SO-000042", null));
    }
}
