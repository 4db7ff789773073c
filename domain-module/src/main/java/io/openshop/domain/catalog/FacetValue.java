package io.openshop.domain.catalog;

/** One value of a facet with the number of hits that choosing it gives. */
public record FacetValue(String key, String label, long count) {
}
