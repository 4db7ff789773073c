package io.openshop.loadtest;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GET /api/search?q={term}&amp;size=24: full text plus trigram similarity, ranked, with facets.
 * The terms are words of product names, half of them with a letter left out (a typo).
 */
public class SearchSimulation extends CatalogSimulation {

    @Override
    protected String label() {
        return "search";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return feederFile("search-terms.csv");
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).get("/api/search").queryParam("q", "#{term}").queryParam("size", "24")
                .check(status().is(200), jsonPath("$.items[0].slug").exists());
    }
}
