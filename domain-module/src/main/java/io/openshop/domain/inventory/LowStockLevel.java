package io.openshop.domain.inventory;

import java.io.Serializable;

/** A variant that a warehouse has little of left to promise: a row of the low-stock list. */
public record LowStockLevel(String sku, String productName, String productSlug, String warehouse, int onHand, int reserved,
                            int available) implements Serializable {

    public LowStockLevel {
        available = onHand - reserved;
    }

    public LowStockLevel(String sku, String productName, String productSlug, String warehouse, int onHand, int reserved) {
        this(sku, productName, productSlug, warehouse, onHand, reserved, onHand - reserved);
    }
}
