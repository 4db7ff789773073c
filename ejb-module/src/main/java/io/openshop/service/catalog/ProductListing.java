package io.openshop.service.catalog;

import io.openshop.domain.catalog.FacetValue;
import io.openshop.domain.catalog.SearchResult;

import java.util.List;
import java.util.Optional;

/**
 * One page of a search or category listing as pages and clients see it: the products as
 * {@link ProductSummary} records at their prices in the query's currency, with the facets of the
 * whole hit set (see {@link SearchResult}, which this maps inside the transaction).
 */
public record ProductListing(List<ProductSummary> products, long total, List<FacetValue> categories,
                             List<FacetValue> prices, List<SearchResult.AttributeFacet> attributes,
                             Optional<String> nextCursor, Optional<String> exactProduct) {

    public ProductListing {
        products = List.copyOf(products);
    }

    static ProductListing of(SearchResult r) {
        return new ProductListing(r.products().stream().map(o -> ProductSummary.of(o.product(), o.price())).toList(),
                r.total(), r.categories(), r.prices(), r.attributes(), r.nextCursor(), r.exactProduct());
    }
}
