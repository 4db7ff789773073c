package io.openshop.domain.catalog;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

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

    Optional<Category> categoryBySlug(Slug slug);

    /** All categories, by name. */
    List<Category> categories();

    /** The categories at the top of the tree, by name. */
    List<Category> topCategories();

    long productCount();

    /**
     * The prices of these products now, in this currency: from the highest-priority valid price
     * list of the currency, else the base price if it is in that currency. Products without a
     * price in the currency are absent from the map.
     */
    Map<Long, Money> prices(Collection<Long> productIds, Currency currency);

    void add(PriceList priceList);

    void add(Category category);

    void add(Product product);
}
