package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MetricsSupport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checkout's business metrics on the internal listener's /metrics count what the database
 * stores: orders placed and revenue by currency move exactly as the orders table does (replays and
 * refused checkouts add nothing), refusals are counted by reason, and the checkout's timer counts
 * every submission.
 */
@ExtendWith(SharedDeployment.class)
class BusinessMetricsIT {

    private static BigDecimal[] storedOrders() throws Exception {
        try (Connection c = DatabaseSupport.connect();
             PreparedStatement s = c.prepareStatement("select count(*), coalesce(sum(grand_total), 0) from customer_order where currency = 'EUR'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)};
        }
    }

    private static HttpResponse<String> checkout(String sku, int quantity, String token, String key) throws Exception {
        JsonObject body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, quantity), "metrics@example.org", null)
                .add("paymentToken", token).build();
        return CommerceSupport.checkout(body.toString(), key);
    }

    @Test
    void theOrderCountersMoveExactlyAsTheStoredOrdersAndRefusalsAreCountedByReason() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 20);
        String lastOne = CommerceSupport.newSkuWithStock("7.00", 1);
        String lateCart = CommerceSupport.cartWith(lastOne, 1);
        Map<String, Double> before = MetricsSupport.samples();
        BigDecimal[] storedBefore = storedOrders();

        String key = CommerceSupport.newKey();
        String first = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "metrics@example.org", null).build().toString();
        assertEquals(201, CommerceSupport.checkout(first, key).statusCode());
        int replay = CommerceSupport.checkout(first, key).statusCode(); // the same request and key: the first order again
        assertTrue(replay == 200 || replay == 201, "replayed: " + replay);
        assertEquals(201, checkout(sku, 3, "tok_visa", CommerceSupport.newKey()).statusCode());
        assertEquals(201, checkout(lastOne, 1, "tok_visa", CommerceSupport.newKey()).statusCode());
        assertEquals(402, checkout(sku, 2, "tok_declined", CommerceSupport.newKey()).statusCode());
        HttpResponse<String> soldOut = CommerceSupport.checkout(CommerceSupport.checkout(lateCart, "late@example.org", null).build().toString(),
                CommerceSupport.newKey());
        assertEquals(409, soldOut.statusCode(), soldOut.body());
        JsonObject badCoupon = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "metrics@example.org", "NO-SUCH-COUPON").build();
        assertEquals(400, CommerceSupport.checkout(badCoupon.toString(), CommerceSupport.newKey()).statusCode());

        Map<String, Double> after = MetricsSupport.samples();
        BigDecimal[] storedAfter = storedOrders();
        BigDecimal newOrders = storedAfter[0].subtract(storedBefore[0]);
        BigDecimal newRevenueCents = storedAfter[1].subtract(storedBefore[1]).movePointRight(2);

        assertEquals(3, newOrders.intValueExact(), "three orders stored");
        assertEquals(newOrders.doubleValue(), MetricsSupport.delta(before, after, "shop_orders_placed_total"), "the order counter moved as the orders table");
        assertEquals(newRevenueCents.doubleValue(), MetricsSupport.delta(before, after, "shop_revenue_minor_units_total{currency=EUR}"),
                "the revenue counter moved by the stored grand totals (cents)");
        assertEquals(1.0, MetricsSupport.delta(before, after, "shop_checkout_refusals_total{reason=payment_declined}"));
        assertEquals(1.0, MetricsSupport.delta(before, after, "shop_checkout_refusals_total{reason=out_of_stock}"));
        assertEquals(1.0, MetricsSupport.delta(before, after, "shop_checkout_refusals_total{reason=coupon}"));
        assertEquals(7.0, MetricsSupport.delta(before, after, "shop_checkout_duration_seconds_count"), "every submission timed, replay and refusals too");
        assertTrue(after.getOrDefault("shop_checkout_duration_seconds_sum", 0.0) > 0, "with its time");
        assertEquals(7.0, MetricsSupport.delta(before, after, "shop_checkout_duration_seconds_bucket{le=+Inf}"),
                "and in the histogram's buckets, which the slow-checkout alert reads");
        assertEquals(3.0, MetricsSupport.delta(before, after, "shop_payment_operations_total{operation=authorize, result=succeeded}"),
                "each order's payment authorised once; the replay and the refusals before payment asked nothing");
        assertEquals(1.0, MetricsSupport.delta(before, after, "shop_payment_operations_total{operation=authorize, result=declined}"));
        assertEquals(1.0, MetricsSupport.delta(before, after, "shop_stock_outs_total"), "the last unit sold once, the declined order's stock given back");
    }

    @Test
    void theCachesCountTheirReadsAndTheReadsThatWentToTheDatabase() throws Exception {
        HttpResponse<String> listing = HttpSupport.send("GET", "/api/products?size=3", null);
        assertEquals(200, listing.statusCode(), listing.body());
        String slug = CommerceSupport.json(listing).getJsonArray("items").getJsonObject(0).getString("slug");
        assertEquals(200, HttpSupport.send("GET", "/api/products/" + slug, null).statusCode());
        assertEquals(200, HttpSupport.send("GET", "/api/search?sort=newest&size=5", null).statusCode());
        Map<String, Double> warm = MetricsSupport.samples();

        assertEquals(200, HttpSupport.send("GET", "/api/products/" + slug, null).statusCode());
        assertEquals(200, HttpSupport.send("GET", "/api/search?sort=newest&size=5", null).statusCode());
        Map<String, Double> after = MetricsSupport.samples();

        assertTrue(MetricsSupport.delta(warm, after, "shop_cache_reads_total{cache=catalog}") >= 1, "the product was read: " + after);
        assertEquals(0.0, MetricsSupport.delta(warm, after, "shop_cache_loads_total{cache=catalog}"), "from the shared cache");
        assertTrue(MetricsSupport.delta(warm, after, "shop_cache_reads_total{cache=listing}") >= 1, "the listing asked its cache");
        assertEquals(0.0, MetricsSupport.delta(warm, after, "shop_cache_loads_total{cache=listing}"), "and found it there");
        assertTrue(after.getOrDefault("shop_cache_loads_total{cache=catalog}", 0.0) > 0, "what was not cached yet was counted as loaded");
    }
}
