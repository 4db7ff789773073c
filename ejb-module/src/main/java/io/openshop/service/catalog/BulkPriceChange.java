package io.openshop.service.catalog;

import io.openshop.domain.shared.Money;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk price change does (its preview) or did: how many products it concerns and, for
 * the first {@value CatalogAdminService#PREVIEW_LINES} by SKU, each price before and after.
 *
 * @param change the audit trail's name for an applied change (its entries carry it); null in a preview
 */
public record BulkPriceChange(int products, List<Line> lines, String change) implements Serializable {

    /** One product's price before and after. */
    public record Line(String sku, String name, String slug, Money before, Money after) implements Serializable {
    }

    public BulkPriceChange {
        lines = List.copyOf(lines);
    }
}
