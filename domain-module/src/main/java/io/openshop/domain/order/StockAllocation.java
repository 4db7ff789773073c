package io.openshop.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of one variant reserved for an order in one warehouse. Part of Order. */
@Embeddable
public class StockAllocation {

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(name = "warehouse_id", nullable = false)
    private long warehouseId;

    @Column(nullable = false)
    private int quantity;

    protected StockAllocation() {
        // for JPA
    }

    public StockAllocation(long variantId, long warehouseId, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("an allocation holds at least one unit");
        }
        this.variantId = variantId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
    }

    public long getVariantId() {
        return variantId;
    }

    public long getWarehouseId() {
        return warehouseId;
    }

    public int getQuantity() {
        return quantity;
    }
}
