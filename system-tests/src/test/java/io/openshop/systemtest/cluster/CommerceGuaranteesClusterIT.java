package io.openshop.systemtest.cluster;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commerce guarantees with the two instances sharing the load, each addressed directly and
 * taking every other request: no oversold stock when two hundred shoppers race for ten units, and
 * one order for one idempotency key sent to both instances at once. Both rely on the database
 * (conditional stock updates, the key's row), not on anything an instance keeps for itself.
 */
class CommerceGuaranteesClusterIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int SHOPPERS = 200;
    private static final int STOCK = 10;

    @RepeatedTest(5)
    void tenUnitsMakeExactlyTenOrdersAcrossBothInstances() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("10.00", 6, 4);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            bodies.add(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "cluster-shopper" + i + "@example.org", null)
                    .build().toString());
        }
        for (int i = 0; i < SHOPPERS; i++) {
            answers.add(checkoutOn(1 + i % 2, bodies.get(i), CommerceSupport.newKey()));
        }
        int placed = 0;
        int outOfStock = 0;
        int[] placedOn = new int[3];
        for (int i = 0; i < SHOPPERS; i++) {
            HttpResponse<String> response = answers.get(i).join();
            if (response.statusCode() == 201) {
                placed++;
                placedOn[1 + i % 2]++;
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertTrue(CommerceSupport.json(response).getString("detail").startsWith("Out of stock"), response.body());
                outOfStock++;
            }
        }
        assertEquals(STOCK, placed, "orders placed (" + placedOn[1] + " on shop-i1, " + placedOn[2] + " on shop-i2)");
        assertEquals(SHOPPERS - STOCK, outOfStock, "shoppers told it is out of stock");
        assertEquals(STOCK, DatabaseSupport.count("select count(*) from order_line where sku = ?", sku), "order lines in the database");
        assertEquals(STOCK, CommerceSupport.onHand(sku), "on hand");
        assertEquals(STOCK, CommerceSupport.reserved(sku), "reserved, never more than on hand");
    }

    @Test
    void theSameCheckoutSentToBothInstancesAtOnceMakesOneOrder() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 50);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 2), "cluster-retry@example.org", null).build().toString();
        String key = CommerceSupport.newKey();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(checkoutOn(1 + i % 2, body, key));
        }
        Set<String> numbers = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            assertEquals(201, response.statusCode(), response.body());
            numbers.add(CommerceSupport.json(response).getString("number"));
        }
        assertEquals(1, numbers.size(), "one order number from both instances: " + numbers);
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order o join order_line l on l.order_id = o.id"
                + " where l.sku = ?", sku), "one order in the database");
        assertEquals(1, DatabaseSupport.count("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", numbers.iterator().next()), "one payment authorisation");
        assertEquals(2, CommerceSupport.reserved(sku), "stock reserved once");
    }

    private static CompletableFuture<HttpResponse<String>> checkoutOn(int instance, String body, String key) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(ClusterSupport.instance(instance, "/api/checkout")))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
