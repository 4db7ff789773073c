package io.openshop.domain.order;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderActionTest {

    @Test
    void theActionsOfEachStatusAreTheMovesItsStateMachineAllows() {
        assertEquals(List.of(OrderAction.CAPTURE, OrderAction.CANCEL), OrderAction.allowedIn(OrderStatus.PENDING_PAYMENT));
        assertEquals(List.of(OrderAction.START_FULFILMENT, OrderAction.REFUND), OrderAction.allowedIn(OrderStatus.PAID));
        assertEquals(List.of(OrderAction.SHIP, OrderAction.REFUND), OrderAction.allowedIn(OrderStatus.FULFILLING));
        assertEquals(List.of(OrderAction.DELIVER), OrderAction.allowedIn(OrderStatus.SHIPPED));
        assertEquals(List.of(OrderAction.DELIVER, OrderAction.RECEIVE_RETURN), OrderAction.allowedIn(OrderStatus.RETURN_REQUESTED));
        assertEquals(List.of(OrderAction.REFUND), OrderAction.allowedIn(OrderStatus.PARTIALLY_REFUNDED));
        assertTrue(OrderAction.allowedIn(OrderStatus.CANCELLED).isEmpty());
        assertTrue(OrderAction.allowedIn(OrderStatus.REFUNDED).isEmpty());
        for (OrderStatus status : OrderStatus.values()) {
            for (OrderAction action : OrderAction.allowedIn(status)) {
                assertTrue(status.canMoveTo(action.leadsTo()), status + " → " + action);
            }
        }
    }

    @Test
    void aQueryNamesAKnownStatusAndAnOrderedTimeRange() {
        assertEquals(OrderStatus.SHIPPED, OrderQuery.of(" shipped ", null, null, null).status());
        assertNull(OrderQuery.of("", "  ", null, null).text(), "blank text is no filter");
        assertEquals("status", assertThrows(InvalidInputException.class, () -> OrderQuery.of("SENT", null, null, null)).field());
        Instant t = Instant.parse("2026-11-26T10:00:00Z");
        assertEquals("to", assertThrows(InvalidInputException.class, () -> OrderQuery.of(null, null, t, t)).field());
    }
}
