package io.openshop.service.inventory;

/**
 * A reservation found that concurrent checkouts had taken the stock it planned to take, and
 * planned that variant again with fresh numbers (fired by {@link InventoryService#reserve} for the
 * operators' metrics).
 */
public record StockContention(long variantId, int attempt) {
}
