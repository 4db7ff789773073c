package io.openshop.domain.catalog;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;

import io.openshop.domain.shared.Money;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where categories and products are kept. */
public interface CatalogRepository {

    /** Products, newest first, with their categories loaded. */
    Page<Product> products(PageRequest request);

    /** The products of one category and its subcategories, newest first, with their categories loaded. */
    Page<Product> productsIn(Slug category, PageRequest request);

    Optional<Product> productBySlug(Slug slug);

    /** The newest products that have a price in this currency now, with their categories loaded. */
    List<Product> newestSoldIn(Currency currency, int count);

    Optional<Category> categoryBySlug(Slug slug);

    /** Whether a product or any variant already carries this SKU. */
    boolean skuTaken(Sku sku);

    Optional<ProductType> productTypeBySlug(Slug slug);

    /** All categories, by name. */
    List<Category> categories();

    /** The categories at the top of the tree, by name. */
    List<Category> topCategories();

    long productCount();

    /**
     * For each of these products that a price list of this currency covers now, the entry of the
     * highest-priority valid list. Products no list covers are absent (see {@link Product#priceIn}).
     */
    Map<Long, Money> listPrices(Collection<Long> productIds, Currency currency);

    /** Variants by id, each with its product loaded. Unknown ids are absent. */
    List<Variant> variants(Collection<Long> variantIds);

    Optional<Variant> variantBySku(Sku sku);

    /**
     * The products of a selection, for a change to all of them: in the category and those below
     * it (any category when null), whose name or SKU contains {@code text} (any case; all when
     * blank), by SKU, at most {@code max}.
     */
    List<Product> selection(Slug categoryOrNull, String text, int max);

    /**
     * The back office's product list in the order asked (newest first by default): whose name contains {@code text} (as search
     * normalises names) or whose product SKU is {@code text}; in a category's subtree; in a status.
     * Each filter is optional (null). Unfiltered, the total is the planner's estimate, not a count.
     */
    Page<Product> staffProducts(String text, Slug categoryOrNull, ProductStatus statusOrNull, Sort<ProductColumn> sort, PageRequest request);

    List<PriceList> priceLists();

    List<ProductType> productTypes();

    /** The amounts price lists set for a product, by price list id. */
    Map<Long, Money> listEntries(Product product);

    /** Sets (or, with null, removes) the amount a price list sets for a product. */
    void setListEntry(PriceList list, Product product, Money amountOrNull);

    void add(PriceList priceList);

    void add(Category category);

    void add(Product product);

    /**
     * Writes pending changes now, so that what only the database can refuse (a slug or SKU taken
     * a moment earlier by another request, a cycle made by two concurrent moves) comes back as an
     * {@link io.openshop.domain.shared.InvalidInputException} rather than as a failure at commit.
     */
    void flush();
}
