package io.openshop.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A guest filling a cart through the API: a new cart, then three lines, each a SKU the bench
 * command chose (priced in EUR, in stock). Every line is re-priced and checked against the stock
 * by the server; nothing is reserved before checkout. The lines are the measured request; the
 * cart's creation is named "cart", so one iteration is four requests.
 */
public class AddToCartSimulation extends CatalogSimulation {

    static final int LINES = 3;

    @Override
    protected String label() {
        return "add to cart";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return feederFile("checkout-skus.csv");
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).post("/api/carts/#{cartToken}/lines").header("Content-Type", "application/json")
                .body(StringBody("{\"sku\":\"#{sku}\",\"quantity\":1}"))
                .check(status().is(200), jsonPath("$.lines[0].sku").exists());
    }

    @Override
    protected ChainBuilder steps(String name) {
        ChainBuilder chain = exec(http("cart").post("/api/carts").header("Content-Type", "application/json")
                .body(StringBody("{\"currency\":\"EUR\"}"))
                .check(status().is(201), jsonPath("$.token").saveAs("cartToken")))
                .exec(request(name));
        FeederBuilder<String> more = feeder();
        for (int line = 1; line < LINES; line++) {
            chain = chain.feed(more).exec(request(name));
        }
        return chain;
    }
}
