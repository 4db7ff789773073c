package io.openshop.service.inventory;

import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.OutOfStockException;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.inventory.WarehouseStock;
import io.openshop.domain.order.StockAllocation;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The reservation loop against an in-memory stock where other shoppers can take units between plan and update. */
class InventoryServiceTest {

    /** Stock by "variant/warehouse"; warehouse 1 ranks before 2. "Thieves" take units just before our update. */
    static final class FakeStock implements InventoryRepository {
        final Map<String, int[]> levels = new TreeMap<>(); // {onHand, reserved}
        final Map<String, Integer> thieves = new TreeMap<>();

        void put(long variant, long warehouse, int onHand) {
            levels.put(variant + "/" + warehouse, new int[]{onHand, 0});
        }

        int reserved(long variant, long warehouse) {
            return levels.get(variant + "/" + warehouse)[1];
        }

        @Override
        public List<WarehouseStock> stock(Collection<Long> variantIds) {
            List<WarehouseStock> stock = new ArrayList<>();
            levels.forEach((key, v) -> {
                long variant = Long.parseLong(key.split("/")[0]);
                long warehouse = Long.parseLong(key.split("/")[1]);
                if (variantIds.contains(variant)) {
                    stock.add(new WarehouseStock(variant, warehouse, (int) warehouse, v[0] - v[1]));
                }
            });
            return stock;
        }

        @Override
        public int reserve(long variantId, long warehouseId, int quantity) {
            int[] v = levels.get(variantId + "/" + warehouseId);
            Integer stolen = thieves.remove(variantId + "/" + warehouseId);
            if (stolen != null) {
                v[1] += stolen;
            }
            if (v[0] - v[1] < quantity) {
                return -1;
            }
            v[1] += quantity;
            return v[0] - v[1];
        }

        @Override
        public void release(long variantId, long warehouseId, int quantity) {
            levels.get(variantId + "/" + warehouseId)[1] -= quantity;
        }

        @Override
        public void restock(long variantId, long warehouseId, int quantity) {
            levels.computeIfAbsent(variantId + "/" + warehouseId, k -> new int[2])[0] += quantity;
        }

        @Override
        public void commit(long variantId, long warehouseId, int quantity) {
            int[] v = levels.get(variantId + "/" + warehouseId);
            v[0] -= quantity;
            v[1] -= quantity;
        }

        @Override
        public Map<Long, Integer> available(Collection<Long> variantIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Warehouse> warehouses() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Warehouse warehouse) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(StockLevel level) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Recorded implements Event<LowStock> {
        final List<LowStock> fired = new ArrayList<>();

        @Override
        public void fire(LowStock event) {
            fired.add(event);
        }

        @Override
        public <U extends LowStock> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LowStock> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<LowStock> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends LowStock> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LowStock> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    private final FakeStock stock = new FakeStock();
    private final Recorded events = new Recorded();

    private InventoryService service(String strategy) {
        InventoryService s = new InventoryService();
        s.inventory = stock;
        s.lowStock = events;
        s.strategyName = strategy;
        s.lowStockThreshold = 5;
        return s;
    }

    @Test
    void oneWarehouseSuppliesTheWholeOrderWhenItCan() {
        stock.put(7, 1, 3);
        stock.put(7, 2, 20);
        List<StockAllocation> taken = service("single-warehouse-first").reserve(Map.of(7L, 4), Map.of(7L, "SKU-7"));
        assertEquals(1, taken.size());
        assertEquals(2, taken.get(0).getWarehouseId());
        assertEquals(4, stock.reserved(7, 2));
        assertEquals(List.of(), events.fired, "16 left is not low");
    }

    @Test
    void whenOthersTakeTheStockFirstTheVariantIsPlannedAgainAcrossWarehouses() {
        stock.put(7, 1, 10);
        stock.put(7, 2, 10);
        stock.thieves.put("7/1", 8); // between our plan and our update someone reserves 8 in warehouse 1
        List<StockAllocation> taken = service("single-warehouse-first").reserve(Map.of(7L, 5), Map.of(7L, "SKU-7"));
        assertEquals(5, taken.stream().mapToInt(StockAllocation::getQuantity).sum());
        assertEquals(10, stock.reserved(7, 1), "8 by the other shopper, 2 by us");
        assertEquals(3, stock.reserved(7, 2));
        assertEquals(List.of(new LowStock(7, 1, 0)), events.fired, "warehouse 1 is left empty; warehouse 2 keeps 7, not low");
    }

    @Test
    void notEnoughAnywhereIsOutOfStockNamingTheSku() {
        stock.put(7, 1, 2);
        stock.put(7, 2, 2);
        OutOfStockException e = assertThrows(OutOfStockException.class,
                () -> service("priority-split").reserve(Map.of(7L, 5), Map.of(7L, "SKU-7")));
        assertEquals("SKU-7", e.sku());
        stock.thieves.put("7/1", 2);
        stock.thieves.put("7/2", 1);
        assertThrows(OutOfStockException.class, () -> service("priority-split").reserve(Map.of(7L, 2), Map.of(7L, "SKU-7")),
                "taken by others meanwhile: one unit is left, not two");
    }

    @Test
    void releaseAndCommitUndoAndFinishAReservation() {
        stock.put(7, 1, 10);
        InventoryService s = service("priority-split");
        List<StockAllocation> taken = s.reserve(Map.of(7L, 6), Map.of(7L, "SKU-7"));
        s.release(taken);
        assertEquals(0, stock.reserved(7, 1));
        taken = s.reserve(Map.of(7L, 6), Map.of(7L, "SKU-7"));
        s.commit(taken);
        assertEquals(4, stock.levels.get("7/1")[0]);
        assertEquals(0, stock.reserved(7, 1));
    }
}
