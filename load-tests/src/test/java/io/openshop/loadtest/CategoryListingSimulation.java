package io.openshop.loadtest;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GET /api/search?category={slug}&amp;size=24: the first page of a category (subcategories
 * included), newest first, with the total and the facets. This is the query the storefront's
 * category page runs (ProductListingPage calls the same CatalogService.search).
 */
public class CategoryListingSimulation extends CatalogSimulation {

    @Override
    protected String label() {
        return "category listing";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return feederFile("categories.csv");
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).get("/api/search").queryParam("category", "#{slug}").queryParam("size", "24")
                .check(status().is(200), jsonPath("$.items[0].slug").exists(), jsonPath("$.facets.prices").exists());
    }
}
