package io.openshop.domain.inventory;

/**
 * One line of a stock synchronisation from another system: for a SKU in a warehouse, either
 * {@code set} what is on hand to a count, or {@code adjust} it by a signed number of units
 * (exactly one of the two).
 */
public record StockSyncLine(String sku, String warehouse, Integer set, Integer adjust) {
}
