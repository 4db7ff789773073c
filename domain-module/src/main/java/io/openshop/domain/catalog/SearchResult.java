package io.openshop.domain.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One page of products matching a query, at their prices in the query's currency, with the
 * facets of the whole hit set. Products without a price in that currency are not listed.
 *
 * @param total        hits on all pages
 * @param categories   the categories one level below the query's category (or the top ones), with hit counts
 * @param prices       the price bands, with hit counts
 * @param attributes   the facet attributes' values, with hit counts
 * @param nextCursor   where the next page starts; empty on the last page
 * @param exactProduct the slug of the product whose SKU the search text is, if any
 */
public record SearchResult(List<Offer> products, long total, List<FacetValue> categories, List<FacetValue> prices,
                           List<AttributeFacet> attributes, Optional<String> nextCursor, Optional<String> exactProduct) {

    /** The values one facet attribute takes among the hits, each with the hits choosing it gives. */
    public record AttributeFacet(String code, String label, List<FacetValue> values) {
    }

    public SearchResult {
        products = List.copyOf(products);
        categories = List.copyOf(categories);
        prices = List.copyOf(prices);
        attributes = List.copyOf(attributes);
    }
}
