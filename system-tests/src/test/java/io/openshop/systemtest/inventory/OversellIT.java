package io.openshop.systemtest.inventory;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.openshop.systemtest.support.CommerceSupport.checkout;
import static io.openshop.systemtest.support.CommerceSupport.checkoutAsync;
import static io.openshop.systemtest.support.CommerceSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two hundred shoppers check out the last ten units of a SKU at the same moment: exactly ten
 * orders are placed, the stock ends fully reserved and never negative, and every other shopper
 * is told clearly that it is out of stock. Twenty rounds, each with fresh stock.
 */
@ExtendWith(SharedDeployment.class)
class OversellIT {

    private static final int SHOPPERS = 200;
    private static final int STOCK = 10;

    @RepeatedTest(20)
    void tenUnitsMakeExactlyTenOrders(RepetitionInfo round) throws Exception {
        // Odd rounds split the ten units over both warehouses, so allocation across them is raced too.
        String sku = round.getCurrentRepetition() % 2 == 0
                ? CommerceSupport.newSkuWithStock("10.00", STOCK)
                : CommerceSupport.newSkuWithStock("10.00", 6, 4);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            bodies.add(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "shopper" + i + "@example.org", null).build().toString());
        }

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(checkoutAsync(body, CommerceSupport.newKey()));
        }
        int placed = 0;
        int outOfStock = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            if (response.statusCode() == 201) {
                placed++;
                assertEquals("PENDING_PAYMENT", json(response).getString("status"));
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(json(response).getString("detail").startsWith("Out of stock"), response.body());
                outOfStock++;
            }
        }
        assertEquals(STOCK, placed, "orders placed");
        assertEquals(SHOPPERS - STOCK, outOfStock, "shoppers told it is out of stock");
        assertEquals(STOCK, DatabaseSupport.count("select count(*) from order_line where sku = ?", sku), "order lines in the database");
        assertEquals(STOCK, CommerceSupport.onHand(sku), "on hand");
        assertEquals(STOCK, CommerceSupport.reserved(sku), "reserved");
        assertEquals(STOCK, DatabaseSupport.count("select coalesce(sum(a.quantity), 0) from order_allocation a"
                + " join product_variant v on v.id = a.variant_id where v.sku = ?", sku), "allocations match reservations");

        // One more shopper now finds nothing left.
        HttpResponse<String> late = checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "late@example.org", null)
                .build().toString(), CommerceSupport.newKey());
        assertEquals(409, late.statusCode());
    }
}
