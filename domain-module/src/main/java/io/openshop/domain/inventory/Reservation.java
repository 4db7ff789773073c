package io.openshop.domain.inventory;

/** Stock of one variant to take from one warehouse. */
public record Reservation(long variantId, long warehouseId, int quantity) {

    public Reservation {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a reservation is of at least one unit");
        }
    }
}
