package io.openshop.web.catalog;

import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.shared.Money;
import io.openshop.service.catalog.ProductSummary;
import io.openshop.service.catalog.ProductView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A product as the API shows it, priced in the requested currency ({@code price} absent when not sold in it). */
public record ProductResponse(String slug, String sku, String name, String description,
                              PriceResponse price, CategoryRef category, Instant createdAt,
                              List<OptionResponse> options, List<VariantResponse> variants, Map<String, String> attributes) {

    /** A way the product varies and the values to choose from, in order. */
    public record OptionResponse(String code, String label, List<String> values) {
    }

    /** A sellable variant: its SKU, option values, price in the requested currency, and stock status. */
    public record VariantResponse(String sku, Map<String, String> options, PriceResponse price, StockStatus stock) {
    }

    public record PriceResponse(BigDecimal amount, String currency) {
    }

    public record CategoryRef(String slug, String name) {
    }

    /** A product in a listing: without options and variants. */
    static ProductResponse of(ProductSummary p) {
        return new ProductResponse(p.slug(), p.sku(), p.name(), p.description(), price(p.price()),
                new CategoryRef(p.category().slug(), p.category().name()), p.createdAt().toInstant(), null, null, null);
    }

    /** A product in full: with its options and each variant's price and stock status. */
    static ProductResponse of(ProductView p) {
        return new ProductResponse(p.slug(), p.sku(), p.name(), p.description(), price(p.price()),
                new CategoryRef(p.category().slug(), p.category().name()), p.createdAt().toInstant(),
                p.options().stream().map(o -> new OptionResponse(o.code(), o.label(), o.values())).toList(),
                p.variants().stream().map(v -> new VariantResponse(v.sku(), v.options(), price(v.price()), v.stock())).toList(),
                p.attributes());
    }

    private static PriceResponse price(Money price) {
        return price == null ? null : new PriceResponse(price.amount(), price.currency().getCurrencyCode());
    }
}
