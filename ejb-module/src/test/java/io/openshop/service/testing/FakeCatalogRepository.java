package io.openshop.service.testing;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.PriceList;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Products and their variants for pricing (no price lists: each variant costs its product's or
 * its own price). Listing, searching and categories are the database's job and not faked.
 */
public final class FakeCatalogRepository implements CatalogRepository {

    public final List<Product> products = new ArrayList<>();
    private long productIds;
    private long variantIds;

    /** A product with one default variant whose SKU is the product's, priced in the price's currency only. */
    public Product sell(String sku, String name, Money price) {
        Category category = new Category(new Slug("things"), "Things", "");
        Product product = new Product(category, new Slug(sku.toLowerCase()), new Sku(sku), name, "", price);
        add(product);
        return product;
    }

    public long variantId(String sku) {
        return variantBySku(new Sku(sku)).orElseThrow().getId();
    }

    @Override
    public void add(Product product) {
        products.add(Ids.assign(product, ++productIds));
        product.getVariants().forEach(v -> Ids.assign(v, ++variantIds));
    }

    @Override
    public Map<Long, Money> listPrices(Collection<Long> productIds, Currency currency) {
        return Map.of();
    }

    @Override
    public List<Variant> variants(Collection<Long> ids) {
        return products.stream().flatMap(p -> p.getVariants().stream()).filter(v -> ids.contains(v.getId())).toList();
    }

    @Override
    public Optional<Variant> variantBySku(Sku sku) {
        return products.stream().flatMap(p -> p.getVariants().stream()).filter(v -> v.getSku().equals(sku)).findFirst();
    }

    @Override
    public List<Product> selection(Slug categoryOrNull, String text, int max) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Optional<Product> productBySlug(Slug slug) {
        return products.stream().filter(p -> p.getSlug().equals(slug)).findFirst();
    }

    @Override
    public boolean skuTaken(Sku sku) {
        return variantBySku(sku).isPresent() || products.stream().anyMatch(p -> Objects.equals(p.getSku(), sku));
    }

    @Override
    public Page<Product> products(PageRequest request) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Page<Product> productsIn(Slug category, PageRequest request) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public List<Product> newestSoldIn(Currency currency, int count) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Optional<Category> categoryBySlug(Slug slug) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Optional<ProductType> productTypeBySlug(Slug slug) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public List<Category> categories() {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public List<Category> topCategories() {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public long productCount() {
        return products.size();
    }

    @Override
    public Page<Product> staffProducts(String text, Slug categoryOrNull, io.openshop.domain.catalog.ProductStatus statusOrNull,
                                       io.openshop.domain.shared.Sort<io.openshop.domain.catalog.ProductColumn> sort, PageRequest request) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public List<PriceList> priceLists() {
        return List.of();
    }

    @Override
    public List<ProductType> productTypes() {
        return List.of();
    }

    @Override
    public Map<Long, Money> listEntries(Product product) {
        return Map.of();
    }

    @Override
    public void setListEntry(PriceList list, Product product, Money amountOrNull) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void add(PriceList priceList) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void add(Category category) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void flush() {
    }
}
