package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductQuery;
import io.openshop.domain.catalog.ProductSearch;
import io.openshop.domain.catalog.SearchResult;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Counted;

import java.util.List;

/** What shoppers may read of the catalog. Everyone may browse, signed in or not. */
@Stateless
@PermitAll
public class CatalogService {

    @Inject
    CatalogRepository catalog;

    @Inject
    ProductSearch productSearch;

    /** Searches and browses: words, category subtree, price band, order, keyset pages, facets. */
    @Counted(name = "catalog.searches", absolute = true, description = "Searches and category listings served")
    public SearchResult search(ProductQuery query) {
        return productSearch.search(query);
    }

    public Category category(String slug) {
        Category category = catalog.categoryBySlug(parseSlug("Category", slug))
                .orElseThrow(() -> new NotFoundException("Category", slug));
        category.getAncestors(); // loaded inside the transaction, for breadcrumbs
        return category;
    }

    @Counted(name = "catalog.product.listings", absolute = true,
            description = "Pages of the product listing served, by storefront and API alike")
    public Page<Product> products(PageRequest request) {
        return catalog.products(request);
    }

    public Page<Product> productsIn(String categorySlug, PageRequest request) {
        Slug slug = parseSlug("Category", categorySlug);
        catalog.categoryBySlug(slug).orElseThrow(() -> new NotFoundException("Category", categorySlug));
        return catalog.productsIn(slug, request);
    }

    @Counted(name = "catalog.product.views", absolute = true, description = "Product details served")
    public Product product(String slug) {
        Product product = catalog.productBySlug(parseSlug("Product", slug))
                .orElseThrow(() -> new NotFoundException("Product", slug));
        product.getCategory().getAncestors(); // loaded inside the transaction, for breadcrumbs
        return product;
    }

    public List<Category> categories() {
        return catalog.categories();
    }

    public List<Category> topCategories() {
        return catalog.topCategories();
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
