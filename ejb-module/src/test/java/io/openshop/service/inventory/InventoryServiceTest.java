package io.openshop.service.inventory;

import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.OutOfStockException;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.identity.Roles;
import io.openshop.service.testing.FakeInventoryRepository;
import io.openshop.service.testing.FakeSessionContext;
import io.openshop.service.testing.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The reservation loop against an in-memory stock where other shoppers can take units between plan and update. */
class InventoryServiceTest {

    private final FakeInventoryRepository stock = new FakeInventoryRepository();
    private final RecordedEvent<LowStock> events = new RecordedEvent<>();
    private final RecordedEvent<StockContention> contentions = new RecordedEvent<>();

    private final FakeSessionContext session = new FakeSessionContext();

    private InventoryService service(String strategy) {
        InventoryService s = InventoryServices.over(stock, events, session);
        s.contention = contentions;
        s.strategyName = strategy;
        return s;
    }

    @Test
    void oneWarehouseSuppliesTheWholeOrderWhenItCan() {
        stock.put(7, 1, 3);
        stock.put(7, 2, 20);
        List<StockAllocation> taken = service("single-warehouse-first").reserve(Map.of(7L, 4), Map.of(7L, "SKU-7"), "1001");
        assertEquals(1, taken.size());
        assertEquals(2, taken.get(0).getWarehouseId());
        assertEquals(4, stock.reserved(7, 2));
        assertEquals(List.of(), events.fired, "16 left is not low");
        assertEquals(List.of(), contentions.fired, "nobody else took stock: no conflict");
    }

    @Test
    void whenOthersTakeTheStockFirstTheVariantIsPlannedAgainAcrossWarehouses() {
        stock.put(7, 1, 10);
        stock.put(7, 2, 10);
        stock.thieves.put("7/1", 8); // between our plan and our update someone reserves 8 in warehouse 1
        List<StockAllocation> taken = service("single-warehouse-first").reserve(Map.of(7L, 5), Map.of(7L, "SKU-7"), "1001");
        assertEquals(5, taken.stream().mapToInt(StockAllocation::getQuantity).sum());
        assertEquals(10, stock.reserved(7, 1), "8 by the other shopper, 2 by us");
        assertEquals(3, stock.reserved(7, 2));
        assertEquals(List.of(new LowStock(7, 1, 0)), events.fired, "warehouse 1 is left empty; warehouse 2 keeps 7, not low");
        assertEquals(List.of(new StockContention(7, 1)), contentions.fired, "one conflict, for the operators' metrics");
    }

    @Test
    void notEnoughAnywhereIsOutOfStockNamingTheSku() {
        stock.put(7, 1, 2);
        stock.put(7, 2, 2);
        OutOfStockException e = assertThrows(OutOfStockException.class,
                () -> service("priority-split").reserve(Map.of(7L, 5), Map.of(7L, "SKU-7"), "1001"));
        assertEquals("SKU-7", e.sku());
        stock.thieves.put("7/1", 2);
        stock.thieves.put("7/2", 1);
        assertThrows(OutOfStockException.class, () -> service("priority-split").reserve(Map.of(7L, 2), Map.of(7L, "SKU-7"), "1001"),
                "taken by others meanwhile: one unit is left, not two");
    }

    @Test
    void releaseAndCommitUndoAndFinishAReservation() {
        stock.put(7, 1, 10);
        InventoryService s = service("priority-split");
        List<StockAllocation> taken = s.reserve(Map.of(7L, 6), Map.of(7L, "SKU-7"), "1001");
        s.release(taken, "1001");
        assertEquals(0, stock.reserved(7, 1));
        taken = s.reserve(Map.of(7L, 6), Map.of(7L, "SKU-7"), "1001");
        s.commit(taken, "1001");
        assertEquals(4, stock.onHand(7, 1));
        assertEquals(0, stock.reserved(7, 1));
    }

    @Test
    void everyChangeIsAMovementForItsOrderByTheShopOrTheStaffMember() {
        stock.put(7, 1, 10);
        InventoryService s = service("priority-split");
        List<StockAllocation> taken = s.reserve(Map.of(7L, 2), Map.of(7L, "SKU-7"), "1001");
        s.release(taken, "1001");
        session.signedIn("clerk@shop.test", Roles.FULFILMENT);
        s.restock(List.of(new StockAllocation(7, 1, 1)), "1002");
        session.signedIn("jane@example.com", Roles.CUSTOMER);
        s.reserve(Map.of(7L, 1), Map.of(7L, "SKU-7"), "1003");
        assertEquals(List.of("RESERVED 7/1 2 shop 1001", "RELEASED 7/1 2 shop 1001", "RETURNED 7/1 1 clerk@shop.test 1002",
                "RESERVED 7/1 1 shop 1003"), stock.movements, "a shopper's name is never kept with stock");
    }
}
