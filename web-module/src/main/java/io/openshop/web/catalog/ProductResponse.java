package io.openshop.web.catalog;

import io.openshop.domain.catalog.Offer;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.shared.Money;
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
    static ProductResponse of(Offer offer) {
        Product p = offer.product();
        return new ProductResponse(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(),
                price(offer.price()), new CategoryRef(p.getCategory().getSlug().value(), p.getCategory().getName()),
                p.getCreatedAt().toInstant(), null, null, null);
    }

    /** A product in full: with its options and each variant's price and stock status. */
    static ProductResponse of(ProductView view) {
        Product p = view.product();
        return new ProductResponse(p.getSlug().value(), p.getSku().value(), p.getName(), p.getDescription(),
                price(view.price()), new CategoryRef(p.getCategory().getSlug().value(), p.getCategory().getName()),
                p.getCreatedAt().toInstant(),
                p.getOptions().stream().map(o -> new OptionResponse(o.getCode(), o.getLabel(), o.getValues())).toList(),
                view.variants().stream().map(v -> new VariantResponse(v.variant().getSku().value(), v.variant().getOptions(),
                        price(v.price()), v.stock())).toList(),
                p.getAttributes());
    }

    private static PriceResponse price(Money price) {
        return price == null ? null : new PriceResponse(price.amount(), price.currency().getCurrencyCode());
    }
}
