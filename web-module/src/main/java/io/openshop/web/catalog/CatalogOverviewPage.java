package io.openshop.web.catalog;

import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.ProductSummary;
import io.openshop.web.platform.PagedGrid;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The back office's catalog table: products page by page, straight from the catalog service. */
@Named
@ViewScoped
public class CatalogOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    private final LazyDataModel<ProductSummary> products = new PagedGrid<>(page -> catalog.products(page), ProductSummary::sku);

    public LazyDataModel<ProductSummary> getProducts() {
        return products;
    }
}
