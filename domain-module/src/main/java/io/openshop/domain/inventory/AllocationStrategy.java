package io.openshop.domain.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which warehouses an order's stock comes from, given what each can promise. Plans are
 * made from a snapshot; the reservation itself is an atomic conditional update that may still
 * fail, after which the caller plans again with fresh numbers.
 */
public enum AllocationStrategy {

    /** One warehouse if any can supply the whole order (fewer parcels), else as {@link #PRIORITY_SPLIT}. */
    SINGLE_WAREHOUSE_FIRST {
        @Override
        public List<Reservation> plan(Map<Long, Integer> wanted, List<WarehouseStock> stock) {
            Map<Long, List<WarehouseStock>> byWarehouse = new TreeMap<>();
            stock.stream().sorted(ORDER).forEach(s -> byWarehouse.computeIfAbsent(s.warehouseId(), k -> new ArrayList<>()).add(s));
            List<Long> warehouses = stock.stream().sorted(ORDER).map(WarehouseStock::warehouseId).distinct().toList();
            for (long warehouse : warehouses) {
                List<WarehouseStock> held = byWarehouse.get(warehouse);
                boolean suppliesAll = wanted.entrySet().stream().allMatch(w -> held.stream()
                        .anyMatch(s -> s.variantId() == w.getKey() && s.available() >= w.getValue()));
                if (suppliesAll) {
                    return wanted.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(w -> new Reservation(w.getKey(), warehouse, w.getValue())).toList();
                }
            }
            return PRIORITY_SPLIT.plan(wanted, stock);
        }
    },

    /** Fill each line from the warehouses in priority order, splitting it where one has too few. */
    PRIORITY_SPLIT {
        @Override
        public List<Reservation> plan(Map<Long, Integer> wanted, List<WarehouseStock> stock) {
            List<Reservation> plan = new ArrayList<>();
            new TreeMap<>(wanted).forEach((variant, quantity) -> {
                int rest = quantity;
                for (WarehouseStock s : stock.stream().filter(s -> s.variantId() == variant).sorted(ORDER).toList()) {
                    int take = Math.min(rest, Math.max(0, s.available()));
                    if (take > 0) {
                        plan.add(new Reservation(variant, s.warehouseId(), take));
                        rest -= take;
                    }
                }
                if (rest > 0) {
                    throw new NotEnoughStock(variant);
                }
            });
            return plan;
        }
    };

    /** Warehouses by rank, then id: every checkout visits them in the same order, so none waits on another in a cycle. */
    static final Comparator<WarehouseStock> ORDER = Comparator.comparingInt(WarehouseStock::rank)
            .thenComparingLong(WarehouseStock::warehouseId);

    /**
     * Which warehouses to reserve from. Reservations come ordered by variant id; throws
     * {@link NotEnoughStock} when the warehouses together hold too few of a variant.
     */
    public abstract List<Reservation> plan(Map<Long, Integer> wanted, List<WarehouseStock> stock);

    /** From configuration: "single-warehouse-first" or "priority-split". */
    public static AllocationStrategy fromConfig(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** All warehouses together hold too few of this variant. */
    public static class NotEnoughStock extends RuntimeException {
        private final long variantId;

        public NotEnoughStock(long variantId) {
            super("not enough stock of variant " + variantId, null, false, false);
            this.variantId = variantId;
        }

        public long variantId() {
            return variantId;
        }
    }
}
