package io.openshop.domain.inventory;

import io.openshop.domain.shared.DomainException;

/** Not enough of a variant is left to promise: the shopper must buy fewer or something else. */
public class OutOfStockException extends DomainException {

    private final String sku;

    public OutOfStockException(String sku, int wanted) {
        super("Out of stock: fewer than " + wanted + " of " + sku + " are left to sell");
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
