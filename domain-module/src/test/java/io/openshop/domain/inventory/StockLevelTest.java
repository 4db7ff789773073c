package io.openshop.domain.inventory;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StockLevelTest {

    @Test
    void stockIsNeverNegativeAndOnlyGrowsByReceiving() {
        assertThrows(InvalidInputException.class, () -> new StockLevel(1, 1, -1));
        StockLevel level = new StockLevel(1, 1, 3);
        assertThrows(InvalidInputException.class, () -> level.receive(0));
        assertThrows(InvalidInputException.class, () -> level.receive(-2));
        level.receive(4);
        assertEquals(7, level.available());
    }

    @Test
    void staffAdjustWithAReasonAndTheChangeIsReturned() {
        StockLevel level = new StockLevel(1, 1, 10, 4);
        assertEquals(5, level.adjust(AdjustmentReason.RECEIVED, 5));
        assertEquals(15, level.getOnHand());
        assertEquals(-3, level.adjust(AdjustmentReason.DAMAGED, 3));
        assertEquals(12, level.getOnHand());
        assertEquals(-5, level.adjust(AdjustmentReason.COUNTED, 7), "a count sets what is on hand");
        assertEquals(0, level.adjust(AdjustmentReason.COUNTED, 7), "a count that confirms the level changes nothing");
        assertEquals(3, level.available());
        assertEquals(4, level.getReserved(), "reservations are untouched");
        assertEquals(-3, level.adjust(AdjustmentReason.SYNCED, 4), "a synchronisation sets what is on hand, down to what is reserved");
    }

    @Test
    void reservedUnitsCannotBeAdjustedAwayNorQuantitiesBeNonsense() {
        StockLevel level = new StockLevel(1, 1, 10, 4);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.DAMAGED, 7));
        assertEquals("quantity", e.field());
        assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.COUNTED, 3), "4 are promised to orders");
        assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.SYNCED, 3), "a synchronisation neither");
        assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.SYNCED, -1));
        assertEquals(10, level.getOnHand(), "nothing refused changed the level");
        assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.RECEIVED, 0));
        assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.DAMAGED, -1));
        assertThrows(InvalidInputException.class, () -> level.adjust(AdjustmentReason.COUNTED, -1));
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> level.adjust(null, 1)).field());
        assertEquals(10, level.getOnHand(), "a refused adjustment changes nothing");
        assertEquals(-6, level.adjust(AdjustmentReason.DAMAGED, 6), "down to exactly what is reserved is allowed");
        assertEquals(4, level.getOnHand());
    }

    @Test
    void theStatusShownFollowsTheAvailableStock() {
        assertEquals(StockStatus.OUT_OF_STOCK, StockStatus.of(0));
        assertEquals(StockStatus.OUT_OF_STOCK, StockStatus.of(-1));
        assertEquals(StockStatus.LOW_STOCK, StockStatus.of(StockStatus.LOW_STOCK_THRESHOLD));
        assertEquals(StockStatus.IN_STOCK, StockStatus.of(StockStatus.LOW_STOCK_THRESHOLD + 1));
    }

    @Test
    void warehousesAreValidated() {
        assertThrows(InvalidInputException.class, () -> new Warehouse("Berlin", "Berlin", "DE"));
        assertThrows(InvalidInputException.class, () -> new Warehouse("berlin", "Berlin", "de"));
        assertEquals("DE", new Warehouse("berlin", " Berlin ", "DE").getCountry());
    }
}
