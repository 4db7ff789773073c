package io.openshop.service.inventory;

import io.openshop.domain.inventory.WarehouseLevel;

import java.io.Serializable;
import java.util.List;

/**
 * One SKU's stock as the back office shows it: the product it belongs to, what each warehouse
 * holds, and the totals over all warehouses (always computed from the levels).
 *
 * @param variant the variant's options ("size=M, colour=red"), empty for a product without options
 */
public record SkuStock(String sku, String productName, String productSlug, String variant, List<WarehouseLevel> levels,
                       int onHand, int reserved, int available) implements Serializable {

    public SkuStock {
        levels = List.copyOf(levels);
        onHand = levels.stream().mapToInt(WarehouseLevel::onHand).sum();
        reserved = levels.stream().mapToInt(WarehouseLevel::reserved).sum();
        available = onHand - reserved;
    }

    public SkuStock(String sku, String productName, String productSlug, String variant, List<WarehouseLevel> levels) {
        this(sku, productName, productSlug, variant, levels, 0, 0, 0);
    }
}
