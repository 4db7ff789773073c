package io.openshop.loadtest;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GET /category.xhtml?c={slug}: the storefront's bookmarkable category page (JSF), rendered in
 * full: breadcrumbs, facets, sort links and the first 24 products. Only the HTML; pictures,
 * style sheets and scripts are cached by browsers and not fetched here.
 */
public class CategoryPageSimulation extends CatalogSimulation {

    @Override
    protected String label() {
        return "JSF category page";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return feederFile("categories.csv");
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).get("/category.xhtml").queryParam("c", "#{slug}").header("Accept", "text/html")
                .check(status().is(200), css("h1").isEL("#{name}"));
    }
}
