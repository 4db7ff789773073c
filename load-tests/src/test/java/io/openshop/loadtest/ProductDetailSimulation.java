package io.openshop.loadtest;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** GET /api/products/{slug}: one product with its variants, prices and stock status. */
public class ProductDetailSimulation extends CatalogSimulation {

    @Override
    protected String label() {
        return "product detail";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return feederFile("products.csv");
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).get("/api/products/#{slug}")
                .check(status().is(200), jsonPath("$.slug").isEL("#{slug}"), jsonPath("$.variants[0].sku").exists());
    }
}
