package io.openshop.domain.inventory;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where warehouses and stock levels are kept. */
public interface InventoryRepository {

    /** For each variant, the stock available to promise (held minus reserved) over all warehouses; 0 when none. */
    Map<Long, Integer> available(Collection<Long> variantIds);

    List<Warehouse> warehouses();

    /** What each warehouse can promise of these variants now, ranked by warehouse priority. */
    List<WarehouseStock> stock(Collection<Long> variantIds);

    /**
     * Reserves units by an atomic conditional update that succeeds only while enough is left to
     * promise, and records the movement in the same statement; returns what is left to promise
     * afterwards, or -1 when too little was left (nothing is recorded then).
     */
    int reserve(long variantId, long warehouseId, int quantity, StockChange change);

    /** Gives reserved units back (an order cancelled or expired), recording the movement. */
    void release(long variantId, long warehouseId, int quantity, StockChange change);

    /** Takes reserved units out of the warehouse (an order shipped): on hand and reserved both drop; recorded. */
    void commit(long variantId, long warehouseId, int quantity, StockChange change);

    /** Puts returned units back on hand, in one atomic statement (a stock row is made if the warehouse had none); recorded. */
    void restock(long variantId, long warehouseId, int quantity, StockChange change);

    /** A stock level with its row locked until the transaction ends; empty when the warehouse never held the variant. */
    Optional<StockLevel> lock(long variantId, long warehouseId);

    /** Records a staff adjustment made to {@code level} (whose change is written first). */
    void adjusted(StockLevel level, int change, AdjustmentReason reason, StockChange who, String note);

    /**
     * Of these targets, those that would leave fewer units on hand than orders have reserved, each
     * with what is reserved (a bulk change refuses them rather than set them).
     */
    Map<LevelTarget, Integer> reservedAbove(Collection<LevelTarget> targets);

    /**
     * Sets many levels at once (a level made where the warehouse had none), leaving equal ones
     * alone; each change is recorded as an ADJUSTED movement with the reason, its quantity the
     * difference. Returns the variants whose stock changed. Check {@link #reservedAbove} first.
     */
    java.util.Set<Long> setLevels(Collection<LevelTarget> targets, AdjustmentReason reason, StockChange who);

    /** What each warehouse holds of a variant, by warehouse code. */
    List<WarehouseLevel> levels(long variantId);

    /** A variant's movements over all warehouses, in the order asked. */
    Page<StockMovement> movements(long variantId, Sort<MovementColumn> sort, PageRequest page);

    /** Stock levels with at most {@code threshold} units left to promise, in the order asked. */
    Page<LowStockLevel> lowStock(int threshold, Sort<LowStockColumn> sort, PageRequest page);

    void add(Warehouse warehouse);

    void add(StockLevel level);
}
