package io.openshop.domain.order;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parcels: an order in fulfilment leaves in parts, each with a tracking number, and is SHIPPED once nothing is left. Notes. */
class OrderShipmentTest {

    private static final OffsetDateTime T1 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anOrderLeavesInPartsAndIsShippedWhenNothingIsLeft() {
        Order order = OrderStateMachineTest.orderIn(OrderStatus.FULFILLING);
        OrderLine line = order.getLines().get(0);
        Shipment first = order.shipPart(Map.of("SKU-1", 1), " 1Z999AA10123456784 ", "packer@shop.test", T1);
        assertEquals("1Z999AA10123456784", first.getTracking());
        assertEquals(OrderStatus.FULFILLING, order.getStatus(), "one of two units left");
        assertEquals(1, order.unshipped(line));
        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> order.shipPart(Map.of("SKU-1", 2), "T2", "packer@shop.test", T1));
        assertEquals("lines", tooMany.field());
        assertEquals(1, order.getShipments().size(), "a refused parcel is not recorded");
        assertEquals("tracking", assertThrows(InvalidInputException.class, () -> order.shipPart(Map.of("SKU-1", 1),
                "1Z999AA10123456784", "packer@shop.test", T1)).field(), "the same parcel twice (a double click) is refused");
        order.shipPart(Map.of("SKU-1", 1), "T2", "packer@shop.test", T1.plusHours(1));
        assertEquals(OrderStatus.SHIPPED, order.getStatus());
        assertEquals("packer@shop.test", order.getHistory().get(order.getHistory().size() - 1).getActor());
        assertEquals(0, order.unshipped(line));
    }

    @Test
    void onlyAnOrderInFulfilmentShipsAndEveryParcelMakesSense() {
        Order paid = OrderStateMachineTest.orderIn(OrderStatus.PAID);
        assertThrows(IllegalTransitionException.class, () -> paid.shipPart(Map.of("SKU-1", 1), "T", "p", T1));
        Order order = OrderStateMachineTest.orderIn(OrderStatus.FULFILLING);
        assertEquals("tracking", assertThrows(InvalidInputException.class,
                () -> order.shipPart(Map.of("SKU-1", 1), " ", "p", T1)).field());
        assertEquals("lines", assertThrows(InvalidInputException.class, () -> order.shipPart(Map.of("OTHER", 1), "T", "p", T1)).field());
        assertEquals("lines", assertThrows(InvalidInputException.class, () -> order.shipPart(Map.of("SKU-1", 0), "T", "p", T1)).field());
        assertEquals("lines", assertThrows(InvalidInputException.class, () -> order.shipPart(Map.of("SKU-1", -1), "T", "p", T1)).field());
        assertEquals(0, order.getShipments().size());
    }

    @Test
    void staffNotesAreTextTheShopCanStore() {
        Order order = OrderStateMachineTest.orderIn(OrderStatus.PAID);
        order.addNote("Customer called: leave the parcel with the neighbour.\nDoor code 1234.", "support@shop.test", T1);
        assertEquals("support@shop.test", order.getNotes().get(0).getActor());
        assertEquals("note", assertThrows(InvalidInputException.class, () -> order.addNote("a\u0000b", "s", T1)).field());
        assertEquals("note", assertThrows(InvalidInputException.class, () -> order.addNote("  ", "s", T1)).field());
        assertEquals(1, order.getNotes().size());
    }
}
