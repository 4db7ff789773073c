package io.openshop.service.inventory;

/**
 * Staff change what a warehouse holds of a SKU.
 *
 * @param reason   RECEIVED (quantity added), DAMAGED (quantity taken off) or COUNTED (quantity is what is there)
 * @param note     optional: a delivery note number, what was damaged, who counted
 */
public record StockAdjustment(String sku, String warehouse, String reason, Integer quantity, String note) {
}
