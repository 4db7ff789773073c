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
