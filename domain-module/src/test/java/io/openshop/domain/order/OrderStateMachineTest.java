package io.openshop.domain.order;

import io.openshop.domain.checkout.PriceBreakdown;
import io.openshop.domain.checkout.Pricing;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderStateMachineTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    /** The documented table, written out again independently of OrderStatus. */
    private static final Map<OrderStatus, Set<OrderStatus>> LEGAL = new EnumMap<>(Map.of(
            OrderStatus.PENDING_PAYMENT, Set.of(OrderStatus.PAID, OrderStatus.CANCELLED),
            OrderStatus.PAID, Set.of(OrderStatus.FULFILLING, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED),
            OrderStatus.FULFILLING, Set.of(OrderStatus.SHIPPED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED),
            OrderStatus.SHIPPED, Set.of(OrderStatus.DELIVERED),
            OrderStatus.DELIVERED, Set.of(OrderStatus.RETURN_REQUESTED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED),
            OrderStatus.RETURN_REQUESTED, Set.of(OrderStatus.RETURNED, OrderStatus.DELIVERED),
            OrderStatus.RETURNED, Set.of(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED),
            OrderStatus.PARTIALLY_REFUNDED, Set.of(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED),
            OrderStatus.CANCELLED, Set.of(),
            OrderStatus.REFUNDED, Set.of()));

    static Order newOrder() {
        PriceBreakdown prices = Pricing.price(List.of(new PricingLine(1L, "SKU-1", "Thing", Money.of("10.00", "EUR"), 2,
                new BigDecimal("0.19"))), Money.of("0", "EUR"), Money.of("4.90", "EUR"), new BigDecimal("0.19"), true);
        return Order.place("SO-000001", EmailAddress.of("ann@example.org"), new PostalAddress("Ann", "Street 1", null, "10115", "Berlin", "de"),
                "standard", null, prices, List.of(new StockAllocation(1L, 7L, 2)), 3L, "ann@example.org", T0);
    }

    /** An order brought to a status along legal moves (breadth-first over the table). */
    static Order orderIn(OrderStatus target) {
        Map<OrderStatus, List<OrderStatus>> paths = new EnumMap<>(OrderStatus.class);
        paths.put(OrderStatus.PENDING_PAYMENT, List.of());
        Deque<OrderStatus> queue = new ArrayDeque<>(List.of(OrderStatus.PENDING_PAYMENT));
        while (!queue.isEmpty()) {
            OrderStatus s = queue.poll();
            for (OrderStatus n : LEGAL.get(s)) {
                if (!paths.containsKey(n)) {
                    List<OrderStatus> path = new ArrayList<>(paths.get(s));
                    path.add(n);
                    paths.put(n, path);
                    queue.add(n);
                }
            }
        }
        Order order = newOrder();
        paths.get(target).forEach(s -> order.moveTo(s, "staff", T0.plusMinutes(1)));
        return order;
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(OrderStatus.values()).flatMap(from -> Stream.of(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyLegalMoveIsTakenAndRecordedAndEveryOtherRefused(OrderStatus from, OrderStatus to) {
        Order order = orderIn(from);
        assertEquals(from, order.getStatus());
        int before = order.getHistory().size();
        if (LEGAL.get(from).contains(to)) {
            order.moveTo(to, "clerk@example.org", T0.plusHours(1));
            assertEquals(to, order.getStatus());
            OrderStatusChange last = order.getHistory().get(order.getHistory().size() - 1);
            assertEquals(before + 1, order.getHistory().size());
            assertEquals(from, last.getFrom());
            assertEquals(to, last.getTo());
            assertEquals("clerk@example.org", last.getActor());
            assertEquals(T0.plusHours(1), last.getChangedAt());
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                    () -> order.moveTo(to, "clerk@example.org", T0.plusHours(1)));
            assertTrue(e.getMessage().contains(from.name()) && e.getMessage().contains(to.name()), e.getMessage());
            assertEquals(from, order.getStatus(), "unchanged");
            assertEquals(before, order.getHistory().size(), "nothing recorded");
        }
    }

    @Test
    void theTableInTheEnumIsTheDocumentedOne() {
        for (OrderStatus s : OrderStatus.values()) {
            assertEquals(LEGAL.get(s), s.next(), s.name());
        }
    }

    @Test
    void aNewOrderWaitsForPaymentWithItsPlacementRecorded() {
        Order order = newOrder();
        assertEquals(OrderStatus.PENDING_PAYMENT, order.getStatus());
        assertEquals(1, order.getHistory().size());
        assertNull(order.getHistory().get(0).getFrom());
        assertEquals("SO-000001", order.getNumber());
        assertTrue(order.belongsTo(EmailAddress.of(" ANN@example.org ")));
        assertEquals(Money.of("24.90", "EUR"), order.getGrandTotal());
    }

    @Test
    void everyStatusIsReachable() {
        for (OrderStatus s : OrderStatus.values()) {
            assertEquals(s, orderIn(s).getStatus());
        }
    }

    @Test
    void cancellingHandsBackTheReservedStockAndOnlyWhileTheOrderIsUnpaid() {
        Order order = newOrder();
        List<StockAllocation> released = order.cancel("ann@example.org", T0.plusMinutes(1));
        assertEquals(List.of("1/7 x2"), released.stream().map(a -> a.getVariantId() + "/" + a.getWarehouseId() + " x" + a.getQuantity()).toList());
        assertEquals(OrderStatus.CANCELLED, order.getStatus());
        assertThrows(IllegalTransitionException.class, () -> order.cancel("ann@example.org", T0.plusMinutes(2)), "once");
        Order shipped = orderIn(OrderStatus.SHIPPED);
        assertThrows(IllegalTransitionException.class, () -> shipped.cancel("clerk", T0.plusMinutes(3)));
    }

    @Test
    void theOrdersEmailIsAnAddressComparedWithoutRegardToCaseAndErasedToThePlaceholder() {
        Order order = newOrder();
        assertEquals(EmailAddress.of("ann@example.org"), order.getEmail());
        assertTrue(order.belongsTo(EmailAddress.of("Ann@Example.org")));
        assertFalse(order.belongsTo(EmailAddress.of("bob@example.org")));
        assertFalse(order.belongsTo(null));
        order.eraseCustomerData(new EmailAddress("erased-3@erased.invalid"));
        assertEquals("erased-3@erased.invalid", order.getEmail().value());
        assertEquals("", order.getShippingAddress().getName());
        assertEquals("DE", order.getShippingAddress().getCountry());
    }
}
