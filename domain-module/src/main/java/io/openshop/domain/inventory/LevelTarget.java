package io.openshop.domain.inventory;

/**
 * What a bulk change says a warehouse has on hand of a variant (an import's stock column): the
 * level is set to it, never below what orders have reserved there ({@link StockLevel}'s rule,
 * which {@link InventoryRepository#reservedAbove} checks for many levels at once).
 */
public record LevelTarget(long variantId, long warehouseId, int onHand) {

    public LevelTarget {
        if (onHand < 0) {
            throw new IllegalArgumentException("on hand is 0 or more, not " + onHand);
        }
    }
}
