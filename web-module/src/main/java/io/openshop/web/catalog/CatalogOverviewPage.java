package io.openshop.web.catalog;

import io.openshop.domain.shared.PageRequest;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.ProductSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The back office's catalog table: products page by page, straight from the catalog service. */
@Named
@ViewScoped
public class CatalogOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    private final LazyDataModel<ProductSummary> products = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, catalog.productCount());
        }

        @Override
        public List<ProductSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            var page = catalog.products(new PageRequest(first / size, size));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(ProductSummary product) {
            return product.sku();
        }
    };

    public LazyDataModel<ProductSummary> getProducts() {
        return products;
    }
}
