package io.openshop.domain.catalog;

/** Finds products by words, category, price and order. */
public interface ProductSearch {

    SearchResult search(ProductQuery query);
}
