package io.openshop.domain.catalog;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.util.List;
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

    void add(Category category);

    void add(Product product);
}
