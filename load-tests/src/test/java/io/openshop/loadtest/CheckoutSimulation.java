package io.openshop.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A guest's whole purchase through the API: a new cart, one line (a SKU the bench command gave
 * plenty of stock), then POST /api/checkout with an Idempotency-Key and the test gateway's
 * "tok_visa": the server re-prices, reserves stock by conditional update, records the
 * idempotency key and authorises the payment, all in one transaction. The checkout is the
 * measured request; the cart's two requests are named "cart" and "cart line".
 */
public class CheckoutSimulation extends CatalogSimulation {

    private static final String ORDER = """
            {"cartToken":"#{cartToken}","email":"bench-#{key}@example.test",
             "shippingAddress":{"name":"Bench Shopper","line1":"Invalidenstr. 1","postalCode":"10115","city":"Berlin","country":"DE"},
             "shippingMethod":"standard","paymentToken":"tok_visa"}""";

    @Override
    protected String label() {
        return "checkout";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return feederFile("checkout-skus.csv");
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).post("/api/checkout")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "#{key}")
                .body(StringBody(ORDER))
                .check(status().is(201), jsonPath("$.number").exists(), header("Location").exists());
    }

    @Override
    protected ChainBuilder steps(String name) {
        return exec(session -> session.set("key", UUID.randomUUID().toString()))
                .exec(http("cart").post("/api/carts").header("Content-Type", "application/json").body(StringBody("{\"currency\":\"EUR\"}"))
                        .check(status().is(201), jsonPath("$.token").saveAs("cartToken")))
                .exec(http("cart line").post("/api/carts/#{cartToken}/lines").header("Content-Type", "application/json")
                        .body(StringBody("{\"sku\":\"#{sku}\",\"quantity\":1}"))
                        .check(status().is(200)))
                .exec(request(name));
    }
}
