package io.openshop.domain.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where warehouses and stock levels are kept. */
public interface InventoryRepository {

    /** For each variant, the stock available to promise (held minus reserved) over all warehouses; 0 when none. */
    Map<Long, Integer> available(Collection<Long> variantIds);

    List<Warehouse> warehouses();

    void add(Warehouse warehouse);

    void add(StockLevel level);
}
