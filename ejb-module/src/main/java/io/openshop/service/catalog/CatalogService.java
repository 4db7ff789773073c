package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductQuery;
import io.openshop.domain.catalog.ProductSearch;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.StockStatus;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What shoppers may read of the catalog. Everyone may browse, signed in or not. */
@Stateless
@PermitAll
public class CatalogService {

    @Inject
    CatalogRepository catalog;

    @Inject
    ProductSearch productSearch;

    @Inject
    InventoryRepository inventory;

    @Inject
    @ConfigProperty(name = "shop.catalog.currencies", defaultValue = "EUR,USD")
    List<String> currencies;

    /** Searches and browses: words, category subtree, price band, order, keyset pages, facets. */
    @Counted(name = "catalog.searches", absolute = true, description = "Searches and category listings served")
    public ProductListing search(ProductQuery query) {
        requireSupported(query.currency());
        return ProductListing.of(productSearch.search(query));
    }

    /** The currencies the shop sells in, the first being the default. */
    public List<Currency> currencies() {
        return currencies.stream().map(String::strip).map(Currency::getInstance).toList();
    }

    /** A currency code as a shopper or client gives it, checked against the shop's currencies. */
    public Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return currencies().get(0);
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return currencies().stream().filter(c -> c.getCurrencyCode().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("currency", "must be one of " + String.join(", ", currencies)));
    }

    private void requireSupported(Currency currency) {
        currency(currency.getCurrencyCode());
    }

    /**
     * A page of products, newest first, optionally of one category's subtree, each with its price
     * in this currency (null for a product not sold in it, so that pages and totals stay exact).
     */
    @Counted(name = "catalog.product.listings", absolute = true,
            description = "Pages of the product listing served, by storefront and API alike")
    public Page<ProductSummary> offers(String categorySlug, PageRequest request, Currency currency) {
        requireSupported(currency);
        Page<Product> page = page(categorySlug, request);
        Map<Long, Money> prices = catalog.listPrices(page.items().stream().map(Product::getId).toList(), currency);
        return page.map(p -> ProductSummary.of(p, p.priceIn(currency, prices.get(p.getId()))));
    }

    /**
     * The newest products sold in this currency, at their prices in it: the home page shows as
     * many as asked for even when the newest products of all are priced in another currency only.
     */
    @Counted(name = "catalog.product.listings", absolute = true,
            description = "Pages of the product listing served, by storefront and API alike")
    public List<ProductSummary> newest(int count, Currency currency) {
        requireSupported(currency);
        List<Product> products = catalog.newestSoldIn(currency, count);
        Map<Long, Money> prices = catalog.listPrices(products.stream().map(Product::getId).toList(), currency);
        return products.stream().map(p -> ProductSummary.of(p, p.priceIn(currency, prices.get(p.getId()))))
                .filter(o -> o.price() != null).toList();
    }

    /** One product with its variants, their prices now in this currency and their stock. */
    @Counted(name = "catalog.product.views", absolute = true, description = "Product details served")
    public ProductView view(String slug, Currency currency) {
        requireSupported(currency);
        Product product = product(slug);
        Money listPrice = catalog.listPrices(List.of(product.getId()), currency).get(product.getId());
        Map<Long, Integer> available = inventory.available(product.getVariants().stream().map(Variant::getId).toList());
        return ProductView.of(product, product.priceIn(currency, listPrice),
                v -> ProductView.variant(v, product.priceIn(v, currency, listPrice),
                        StockStatus.of(available.get(v.getId())), available.get(v.getId())));
    }

    /**
     * Variants with their prices now in this currency by {@link Product#priceIn(Variant, Currency, Money)},
     * the one price rule of the shop; unknown ids are absent.
     */
    public Map<Long, PricedVariant> pricedVariants(Collection<Long> variantIds, Currency currency) {
        requireSupported(currency);
        List<Variant> variants = catalog.variants(variantIds);
        Map<Long, Money> listPrices = catalog.listPrices(variants.stream().map(v -> v.getProduct().getId()).distinct().toList(), currency);
        Map<Long, PricedVariant> priced = new HashMap<>();
        for (Variant v : variants) {
            Product p = v.getProduct();
            priced.put(v.getId(), new PricedVariant(v.getId(), v.getSku().value(), p.getSlug().value(), variantName(p, v),
                    p.priceIn(v, currency, listPrices.get(p.getId())), p.getTaxClass(), p.getWeightGrams()));
        }
        return priced;
    }

    /** The variant with this SKU; a SKU no variant has is a bad input, not a missing page. */
    public PricedVariant pricedVariant(String sku, Currency currency) {
        Sku parsed = Sku.parse(sku);
        Variant variant = catalog.variantBySku(parsed)
                .orElseThrow(() -> new InvalidInputException("sku", "'" + parsed.value() + "' is not a SKU of this shop"));
        return pricedVariants(List.of(variant.getId()), currency).get(variant.getId());
    }

    private static String variantName(Product p, Variant v) {
        return v.isDefault() ? p.getName() : p.getName() + " (" + String.join(", ", v.getOptions().values()) + ")";
    }

    /**
     * A product with everything its view reads loaded now, before the price and stock statements:
     * what is read first in the transaction enters the shared cache whole.
     */
    private Product product(String slug) {
        Product product = catalog.productBySlug(parseSlug("Product", slug))
                .filter(Product::isPublished) // a draft or unpublished product does not exist for shoppers
                .orElseThrow(() -> new NotFoundException("Product", slug));
        product.getCategory().getAncestors(); // for breadcrumbs
        product.getOptions();
        product.getVariants();
        product.getAttributes();
        product.getImages();
        if (product.getProductType() != null) {
            product.getProductType().getAttributes();
        }
        return product;
    }

    /** A category with the breadcrumbs above it; an unknown or malformed slug is a {@link NotFoundException}. */
    public CategoryView category(String slug) {
        return CategoryView.of(catalog.categoryBySlug(parseSlug("Category", slug))
                .orElseThrow(() -> new NotFoundException("Category", slug)));
    }


    /** The products of a category's subtree, newest first, each at its base price. */
    public Page<ProductSummary> productsIn(String categorySlug, PageRequest request) {
        return page(categorySlug, request).map(p -> ProductSummary.of(p, p.getPrice()));
    }

    private Page<Product> page(String categorySlug, PageRequest request) {
        if (categorySlug == null) {
            return catalog.products(request);
        }
        Slug slug = parseSlug("Category", categorySlug);
        catalog.categoryBySlug(slug).orElseThrow(() -> new NotFoundException("Category", categorySlug));
        return catalog.productsIn(slug, request);
    }

    /** All categories, by name, each with its place in the tree. */
    public List<CategoryView> categories() {
        return catalog.categories().stream().map(CategoryView::of).toList();
    }

    /** The categories at the top of the tree, by name. */
    public List<CategoryRef> topCategories() {
        return catalog.topCategories().stream().map(CategoryRef::of).toList();
    }

    public long productCount() {
        return catalog.productCount();
    }

    /** A malformed slug cannot name any product: answer "not found" rather than "bad input". */
    private static Slug parseSlug(String what, String slug) {
        try {
            return new Slug(slug);
        } catch (RuntimeException e) {
            throw new NotFoundException(what, slug);
        }
    }
}
