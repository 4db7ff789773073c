package io.openshop.domain.inventory;

/** What one warehouse can promise of one variant now, and the warehouse's rank (lower goes first). */
public record WarehouseStock(long variantId, long warehouseId, int rank, int available) {
}
