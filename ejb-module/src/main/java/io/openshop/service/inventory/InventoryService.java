package io.openshop.service.inventory;

import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.AllocationStrategy;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.OutOfStockException;
import io.openshop.domain.inventory.Reservation;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.inventory.WarehouseStock;
import io.openshop.domain.order.StockAllocation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stock reservations for orders. Runs inside the caller's transaction (checkout, cancel, ship):
 * a reservation lives and dies with the order that made it. Every change is recorded as a
 * movement with the order it was for and who made it: the staff member signed in, or the shop
 * itself (checkout, the workflow, timers) for everyone else, so that no shopper's name is kept
 * with stock.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
public class InventoryService {

    private static final List<String> STAFF = List.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT);

    /** How often a variant is planned again when others took its stock between plan and update. */
    private static final int ATTEMPTS = 3;

    @Inject
    InventoryRepository inventory;

    @Resource
    SessionContext session;

    @Inject
    Event<LowStock> lowStock;

    @Inject
    Event<StockContention> contention;

    @Inject
    @ConfigProperty(name = "shop.inventory.allocation-strategy", defaultValue = "single-warehouse-first")
    String strategyName;

    @Inject
    @ConfigProperty(name = "shop.inventory.low-stock-threshold", defaultValue = "5")
    int lowStockThreshold;

    /**
     * Reserves the wanted quantities (variant id → units), choosing warehouses by the configured
     * strategy. Variants are taken in id order and warehouses in rank order, so concurrent
     * checkouts lock stock rows in one global order. Throws {@link OutOfStockException} (and the
     * transaction rolls back every reservation made) when a variant cannot be had.
     *
     * @param skus  variant id → SKU, for messages
     * @param order the number of the order the stock is for
     */
    public List<StockAllocation> reserve(Map<Long, Integer> wanted, Map<Long, String> skus, String order) {
        StockChange change = change(order);
        AllocationStrategy strategy = AllocationStrategy.fromConfig(strategyName);
        Map<Long, Integer> sorted = new TreeMap<>(wanted);
        List<Reservation> plan = plan(strategy, sorted, inventory.stock(sorted.keySet()), skus);
        Map<String, StockAllocation> taken = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> want : sorted.entrySet()) {
            long variant = want.getKey();
            int missing = 0;
            for (Reservation r : plan) {
                if (r.variantId() == variant) {
                    missing += take(r, taken, change) ? 0 : r.quantity();
                }
            }
            for (int attempt = 1; missing > 0; attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new OutOfStockException(skus.get(variant), want.getValue());
                }
                // Others took stock between our plan and our update: plan this variant again with fresh numbers.
                contention.fire(new StockContention(variant, attempt));
                List<Reservation> again = plan(AllocationStrategy.PRIORITY_SPLIT, Map.of(variant, missing),
                        inventory.stock(List.of(variant)), skus);
                missing = 0;
                for (Reservation r : again) {
                    missing += take(r, taken, change) ? 0 : r.quantity();
                }
            }
        }
        return new ArrayList<>(taken.values());
    }

    private static List<Reservation> plan(AllocationStrategy strategy, Map<Long, Integer> wanted, List<WarehouseStock> stock,
                                          Map<Long, String> skus) {
        try {
            return strategy.plan(wanted, stock);
        } catch (AllocationStrategy.NotEnoughStock e) {
            throw new OutOfStockException(skus.get(e.variantId()), wanted.get(e.variantId()));
        }
    }

    private boolean take(Reservation r, Map<String, StockAllocation> taken, StockChange change) {
        int left = inventory.reserve(r.variantId(), r.warehouseId(), r.quantity(), change);
        if (left < 0) {
            return false;
        }
        taken.merge(r.variantId() + "/" + r.warehouseId(), new StockAllocation(r.variantId(), r.warehouseId(), r.quantity()),
                (a, b) -> new StockAllocation(a.getVariantId(), a.getWarehouseId(), a.getQuantity() + b.getQuantity()));
        if (left <= lowStockThreshold) {
            lowStock.fire(new LowStock(r.variantId(), r.warehouseId(), left));
        }
        return true;
    }

    /** Gives an order's reserved stock back. */
    public void release(List<StockAllocation> allocations, String order) {
        StockChange change = change(order);
        allocations.forEach(a -> inventory.release(a.getVariantId(), a.getWarehouseId(), a.getQuantity(), change));
    }

    /** Puts returned units of an order back on hand in the warehouses chosen (staff receiving a return). */
    @RolesAllowed({Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN})
    public void restock(List<StockAllocation> units, String order) {
        StockChange change = change(order);
        units.forEach(a -> inventory.restock(a.getVariantId(), a.getWarehouseId(), a.getQuantity(), change));
    }

    /** A warehouse's id by its code; an unknown code is a field error. */
    @RolesAllowed({Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN})
    public long warehouseId(String code) {
        return Warehouse.idOf(inventory.warehouses(), code);
    }

    /** Takes an order's reserved stock out of the warehouses, as it leaves them. */
    public void commit(List<StockAllocation> allocations, String order) {
        StockChange change = change(order);
        allocations.forEach(a -> inventory.commit(a.getVariantId(), a.getWarehouseId(), a.getQuantity(), change));
    }

    /** Who makes a change for {@code order}: the signed-in staff member, or the shop. */
    private StockChange change(String order) {
        boolean staff = STAFF.stream().anyMatch(session::isCallerInRole);
        return new StockChange(staff ? session.getCallerPrincipal().getName() : StockChange.SHOP, order);
    }
}
