package io.openshop.service.testing;

import io.openshop.domain.inventory.AdjustmentReason;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LowStockLevel;
import io.openshop.domain.inventory.MovementKind;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.domain.inventory.StockMovement;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.inventory.WarehouseLevel;
import io.openshop.domain.inventory.WarehouseStock;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stock by "variant/warehouse" as {on hand, reserved}; a warehouse's id is its rank. "Thieves"
 * take units just before the next reservation of that row, as concurrent shoppers would.
 */
public final class FakeInventoryRepository implements InventoryRepository {

    public final Map<String, int[]> levels = new TreeMap<>();
    public final Map<String, Integer> thieves = new TreeMap<>();
    /** Each movement as "KIND variant/warehouse quantity actor reference", in the order made. */
    public final List<String> movements = new ArrayList<>();

    private void moved(MovementKind kind, long variant, long warehouse, int quantity, StockChange change) {
        movements.add(kind + " " + variant + "/" + warehouse + " " + quantity + " " + change.actor() + " " + change.reference());
    }

    public void put(long variant, long warehouse, int onHand) {
        levels.put(variant + "/" + warehouse, new int[]{onHand, 0});
    }

    public int onHand(long variant, long warehouse) {
        return levels.get(variant + "/" + warehouse)[0];
    }

    public int reserved(long variant, long warehouse) {
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
    public int reserve(long variantId, long warehouseId, int quantity, StockChange change) {
        int[] v = levels.get(variantId + "/" + warehouseId);
        Integer stolen = thieves.remove(variantId + "/" + warehouseId);
        if (stolen != null) {
            v[1] += stolen;
        }
        if (v[0] - v[1] < quantity) {
            return -1;
        }
        v[1] += quantity;
        moved(MovementKind.RESERVED, variantId, warehouseId, quantity, change);
        return v[0] - v[1];
    }

    @Override
    public void release(long variantId, long warehouseId, int quantity, StockChange change) {
        levels.get(variantId + "/" + warehouseId)[1] -= quantity;
        moved(MovementKind.RELEASED, variantId, warehouseId, quantity, change);
    }

    @Override
    public void restock(long variantId, long warehouseId, int quantity, StockChange change) {
        levels.computeIfAbsent(variantId + "/" + warehouseId, k -> new int[2])[0] += quantity;
        moved(MovementKind.RETURNED, variantId, warehouseId, quantity, change);
    }

    @Override
    public void commit(long variantId, long warehouseId, int quantity, StockChange change) {
        int[] v = levels.get(variantId + "/" + warehouseId);
        v[0] -= quantity;
        v[1] -= quantity;
        moved(MovementKind.COMMITTED, variantId, warehouseId, quantity, change);
    }

    @Override
    public Map<Long, Integer> available(Collection<Long> variantIds) {
        Map<Long, Integer> available = new TreeMap<>();
        stock(variantIds).forEach(s -> available.merge(s.variantId(), s.available(), Integer::sum));
        return available;
    }

    @Override
    public Optional<StockLevel> lock(long variantId, long warehouseId) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void adjusted(StockLevel level, int change, AdjustmentReason reason, StockChange who, String note) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Map<io.openshop.domain.inventory.LevelTarget, Integer> reservedAbove(Collection<io.openshop.domain.inventory.LevelTarget> targets) {
        Map<io.openshop.domain.inventory.LevelTarget, Integer> refused = new java.util.HashMap<>();
        for (var target : targets) {
            int[] v = levels.get(target.variantId() + "/" + target.warehouseId());
            if (v != null && target.onHand() < v[1]) {
                refused.put(target, v[1]);
            }
        }
        return refused;
    }

    @Override
    public java.util.Set<Long> setLevels(Collection<io.openshop.domain.inventory.LevelTarget> targets, AdjustmentReason reason,
                                         StockChange who) {
        java.util.Set<Long> changed = new java.util.TreeSet<>();
        for (var target : targets) {
            int[] v = levels.computeIfAbsent(target.variantId() + "/" + target.warehouseId(), k -> new int[2]);
            if (v[0] != target.onHand()) {
                movements.add("ADJUSTED " + target.variantId() + "/" + target.warehouseId() + " " + (target.onHand() - v[0]) + " "
                        + who.actor() + " " + who.reference());
                v[0] = target.onHand();
                changed.add(target.variantId());
            }
        }
        return changed;
    }

    @Override
    public List<WarehouseLevel> levels(long variantId) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Page<StockMovement> movements(long variantId, io.openshop.domain.shared.Sort<io.openshop.domain.inventory.MovementColumn> sort,
                                         PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Page<LowStockLevel> lowStock(int threshold, io.openshop.domain.shared.Sort<io.openshop.domain.inventory.LowStockColumn> sort,
                                        PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public List<Warehouse> warehouses() {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void add(Warehouse warehouse) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void add(StockLevel level) {
        throw new UnsupportedOperationException("not used by the services under test");
    }
}
