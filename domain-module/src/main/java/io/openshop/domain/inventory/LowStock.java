package io.openshop.domain.inventory;

/** A domain event: a reservation left this little of a variant to promise in a warehouse. */
public record LowStock(long variantId, long warehouseId, int available) {
}
