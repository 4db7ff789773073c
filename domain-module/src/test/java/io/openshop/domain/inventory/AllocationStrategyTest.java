package io.openshop.domain.inventory;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AllocationStrategyTest {

    // warehouse 10 ranks first, 20 second
    private static final List<WarehouseStock> STOCK = List.of(
            new WarehouseStock(1, 10, 0, 3), new WarehouseStock(1, 20, 1, 10),
            new WarehouseStock(2, 10, 0, 5), new WarehouseStock(2, 20, 1, 5));

    @Test
    void oneWarehouseIsPreferredWhenItCanSupplyEverything() {
        assertEquals(List.of(new Reservation(1, 20, 4), new Reservation(2, 20, 2)),
                AllocationStrategy.SINGLE_WAREHOUSE_FIRST.plan(Map.of(1L, 4, 2L, 2), STOCK));
        assertEquals(List.of(new Reservation(1, 10, 3), new Reservation(2, 10, 2)),
                AllocationStrategy.SINGLE_WAREHOUSE_FIRST.plan(Map.of(1L, 3, 2L, 2), STOCK), "the first in rank wins");
    }

    @Test
    void anOrderNoWarehouseCanSupplyAloneIsSplitInPriorityOrder() {
        assertEquals(List.of(new Reservation(1, 10, 3), new Reservation(1, 20, 9), new Reservation(2, 10, 1)),
                AllocationStrategy.SINGLE_WAREHOUSE_FIRST.plan(Map.of(1L, 12, 2L, 1), STOCK));
        assertEquals(List.of(new Reservation(1, 10, 3), new Reservation(1, 20, 1)),
                AllocationStrategy.PRIORITY_SPLIT.plan(Map.of(1L, 4), STOCK));
    }

    @Test
    void tooLittleStockEverywhereIsSaid() {
        AllocationStrategy.NotEnoughStock e = assertThrows(AllocationStrategy.NotEnoughStock.class,
                () -> AllocationStrategy.SINGLE_WAREHOUSE_FIRST.plan(Map.of(2L, 11), STOCK));
        assertEquals(2, e.variantId());
        assertEquals(AllocationStrategy.PRIORITY_SPLIT, AllocationStrategy.fromConfig("priority-split"));
    }
}
