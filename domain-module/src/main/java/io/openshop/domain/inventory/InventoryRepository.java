package io.openshop.domain.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where warehouses and stock levels are kept. */
public interface InventoryRepository {

    /** For each variant, the stock available to promise (held minus reserved) over all warehouses; 0 when none. */
    Map<Long, Integer> available(Collection<Long> variantIds);

    List<Warehouse> warehouses();

    /** What each warehouse can promise of these variants now, ranked by warehouse priority. */
    List<WarehouseStock> stock(Collection<Long> variantIds);

    /**
     * Reserves units by an atomic conditional update that succeeds only while enough is left to
     * promise; returns what is left to promise afterwards, or -1 when too little was left.
     */
    int reserve(long variantId, long warehouseId, int quantity);

    /** Gives reserved units back (an order cancelled or expired). */
    void release(long variantId, long warehouseId, int quantity);

    /** Takes reserved units out of the warehouse (an order shipped): on hand and reserved both drop. */
    void commit(long variantId, long warehouseId, int quantity);

    /** Puts returned units back on hand, in one atomic statement (a stock row is made if the warehouse had none). */
    void restock(long variantId, long warehouseId, int quantity);

    void add(Warehouse warehouse);

    void add(StockLevel level);
}
