package io.openshop.web.catalog;

import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.service.catalog.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The storefront home page: the newest products and the categories to browse. */
@Named
@RequestScoped
public class HomePage {

    static final int PRODUCTS_SHOWN = 24;

    @Inject
    CatalogService catalog;

    private Page<Product> products;
    private List<Category> categories;

    public List<Product> getProducts() {
        if (products == null) {
            products = catalog.products(new PageRequest(0, PRODUCTS_SHOWN));
        }
        return products.items();
    }

    public long getProductCount() {
        getProducts();
        return products.total();
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = catalog.topCategories();
        }
        return categories;
    }
}
