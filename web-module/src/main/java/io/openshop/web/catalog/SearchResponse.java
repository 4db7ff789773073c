package io.openshop.web.catalog;

import io.openshop.domain.catalog.FacetValue;
import io.openshop.domain.catalog.SearchResult;
import io.openshop.service.catalog.ProductListing;

import java.util.List;

/**
 * Search hits with their facets. {@code next} is the cursor for the following page (absent on
 * the last); {@code exactMatch} is the slug of the product whose SKU was searched for.
 */
public record SearchResponse(List<ProductResponse> items, long total, Facets facets, String next, String exactMatch) {

    public record Facets(List<FacetValue> categories, List<FacetValue> prices, List<SearchResult.AttributeFacet> attributes) {
    }

    static SearchResponse of(ProductListing r) {
        return new SearchResponse(r.products().stream().map(ProductResponse::of).toList(), r.total(),
                new Facets(r.categories(), r.prices(), r.attributes()), r.nextCursor().orElse(null), r.exactProduct().orElse(null));
    }
}
