package io.openshop.service.catalog;

import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.shared.Money;

import java.util.List;
import java.util.Optional;

/**
 * A product as a shopper sees it now, in one currency: each variant with its price (null when
 * not sold in the currency) and its stock status.
 */
public record ProductView(Product product, Money price, List<VariantView> variants) {

    public record VariantView(Variant variant, Money price, StockStatus stock, int available) {

        /** The count is shown only when it is low, as shops do. */
        public boolean isAvailable() {
            return stock != StockStatus.OUT_OF_STOCK && price != null;
        }
    }

    public Optional<VariantView> variant(String sku) {
        return variants.stream().filter(v -> v.variant().getSku().value().equals(sku)).findFirst();
    }
}
