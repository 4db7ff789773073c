package io.openshop.domain.inventory;

import java.io.Serializable;

/**
 * What one warehouse holds of one variant: on hand, reserved for orders not yet shipped, and
 * free to promise (on hand minus reserved, always computed).
 */
public record WarehouseLevel(String warehouse, String warehouseName, int onHand, int reserved, int available)
        implements Serializable {

    public WarehouseLevel {
        available = onHand - reserved;
    }

    public WarehouseLevel(String warehouse, String warehouseName, int onHand, int reserved) {
        this(warehouse, warehouseName, onHand, reserved, onHand - reserved);
    }
}
