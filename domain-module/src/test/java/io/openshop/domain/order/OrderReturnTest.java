package io.openshop.domain.order;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Returns: asked for by the customer once delivered, received by staff with an optional restock per line. */
class OrderReturnTest {

    private static final OffsetDateTime T1 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Order returnRequested() {
        Order order = OrderStateMachineTest.orderIn(OrderStatus.DELIVERED);
        order.requestReturn("ann@example.org", T1);
        return order;
    }

    @Test
    void onlyADeliveredOrderCanBeAskedBack() {
        Order shipped = OrderStateMachineTest.orderIn(OrderStatus.SHIPPED);
        assertThrows(IllegalTransitionException.class, () -> shipped.requestReturn("ann@example.org", T1));
        Order order = returnRequested();
        assertEquals(OrderStatus.RETURN_REQUESTED, order.getStatus());
        OrderStatusChange last = order.getHistory().get(order.getHistory().size() - 1);
        assertEquals("ann@example.org", last.getActor());
        assertEquals(T1, last.getChangedAt());
    }

    @Test
    void receivingTheReturnRestocksWhatStaffChoseAndRecordsWhoDidIt() {
        Order order = returnRequested();
        List<StockAllocation> back = order.receiveReturn(List.of(new Order.Restock("sku-1", 1, 7L)), "clerk@openshop.test", T1.plusDays(2));
        assertEquals(OrderStatus.RETURNED, order.getStatus());
        assertEquals(1, back.size());
        assertEquals(1L, back.get(0).getVariantId());
        assertEquals(7L, back.get(0).getWarehouseId());
        assertEquals(1, back.get(0).getQuantity());
        assertEquals("clerk@openshop.test", order.getHistory().get(order.getHistory().size() - 1).getActor());
    }

    @Test
    void noRestockIsAlsoAReturn() {
        Order order = returnRequested();
        assertTrue(order.receiveReturn(List.of(), "clerk@openshop.test", T1).isEmpty());
        assertEquals(OrderStatus.RETURNED, order.getStatus());
    }

    @Test
    void moreThanWasBoughtOrForeignSkusAreRefusedAndNothingChanges() {
        Order order = returnRequested();
        assertThrows(InvalidInputException.class, () -> order.receiveReturn(
                List.of(new Order.Restock("SKU-1", 2, 7L), new Order.Restock("SKU-1", 1, 8L)), "clerk", T1));
        assertThrows(InvalidInputException.class, () -> order.receiveReturn(List.of(new Order.Restock("OTHER", 1, 7L)), "clerk", T1));
        assertThrows(InvalidInputException.class, () -> order.receiveReturn(List.of(new Order.Restock("SKU-1", 0, 7L)), "clerk", T1));
        assertEquals(OrderStatus.RETURN_REQUESTED, order.getStatus());
    }

    @Test
    void anOrderNotAskedBackCannotBeReceived() {
        Order delivered = OrderStateMachineTest.orderIn(OrderStatus.DELIVERED);
        assertThrows(IllegalTransitionException.class, () -> delivered.receiveReturn(List.of(), "clerk", T1));
    }
}
