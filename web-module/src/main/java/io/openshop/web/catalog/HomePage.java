package io.openshop.web.catalog;

import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.CategoryRef;
import io.openshop.service.catalog.ProductSummary;
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

    @Inject
    CurrencyPreference currency;

    private List<ProductSummary> products;
    private List<CategoryRef> categories;

    public List<ProductSummary> getProducts() {
        if (products == null) {
            products = catalog.newest(PRODUCTS_SHOWN, currency.getCurrent());
        }
        return products;
    }

    public long getProductCount() {
        return catalog.productCount();
    }

    public List<CategoryRef> getCategories() {
        if (categories == null) {
            categories = catalog.topCategories();
        }
        return categories;
    }
}
