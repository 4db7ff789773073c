package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.DomainConfig;
import io.openshop.systemtest.support.EdgeSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.ImportSupport;
import io.openshop.systemtest.support.ServerLog;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop behind a real Varnish running its own VCL (payara-config/edge/shop.vcl), told where
 * to purge (shop.edge.purge-urls): anonymous catalog reads are answered from the edge, and a
 * change made through the API (a price), the stock desk (a stock status, and only a status) or a
 * bulk import (a product moved to another category) is purged from it within a second, by the
 * surrogate keys of what it shows; personal answers and pages are never kept.
 */
@ExtendWith(SharedDeployment.class)
class EdgeCacheIT {

    /** The bound: a change is gone from the edge within a second of its commit. */
    private static final long WITHIN_MS = 1_000;
    private static EdgeSupport edge;
    private static String token;

    @BeforeAll
    static void edgeInFront() throws Exception {
        edge = EdgeSupport.start();
        DomainConfig.set("shop.edge.purge-urls", edge.purgeUrl());
        SharedDeployment.redeploy(); // the purger reads its caches at start-up
        token = StaffSupport.adminToken();
    }

    @AfterAll
    static void edgeGone() throws Exception {
        try {
            DomainConfig.delete(List.of("shop.edge.purge-urls"));
            SharedDeployment.redeploy(); // the shop behind no edge again, as the other classes expect
        } finally {
            edge.close();
        }
    }

    /** A published product of its own, made by a bulk import; returns its slug. */
    private static String product(String sku, String category, String price, int stock) throws Exception {
        String csv = "sku,name,category,price,currency,status,stock\n" + sku + ",Edge test " + sku + "," + category + "," + price
                + ",EUR,PUBLISHED,berlin=" + stock + "\n";
        JsonObject done = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(),
                Duration.ofSeconds(90));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(0, done.getInt("rowsFailed"), done.toString());
        // the new product's own purges (sent twice, two seconds apart) are gone before the test caches anything
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (DatabaseSupport.count("select count(*) from edge_purge where key = ?", "product-" + sku) > 0) {
            assertTrue(System.nanoTime() < deadline, "the import's purges went out");
            Thread.sleep(100);
        }
        return CommerceSupport.text("select slug from product where sku = ?", sku);
    }

    private static String sku(String label) {
        return ("EDGE-" + label + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    /** Reads the path through the edge until it is cached (the second read at the latest); returns the cached answer. */
    private static HttpResponse<String> cached(String path) throws Exception {
        HttpResponse<String> first = edge.get(path);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = edge.get(path);
        assertTrue(EdgeSupport.hit(second), "the second anonymous read of " + path + " comes from the edge: " + second.headers().map());
        assertEquals(first.body(), second.body());
        return second;
    }

    /** Milliseconds until the edge's answer at the path shows what the test waits for (asked every 20 ms), or fails after 10 s. */
    private static long millisUntil(String path, Predicate<String> shows) throws Exception {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> answer = edge.get(path);
            if (answer.statusCode() == 200 && shows.test(answer.body())) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > 10_000_000_000L) {
                throw new AssertionError("the edge still answers " + path + " as before after 10 s: " + answer.body());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void anAnonymousReadIsAnsweredFromTheEdgeAndAConditionalOneWith304() throws Exception {
        String slug = product(sku("READ"), "home-kitchen", "20.00", 40);
        HttpResponse<String> hit = cached("/api/products/" + slug);
        String etag = hit.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> conditional = edge.get("/api/products/" + slug, "If-None-Match", etag);
        assertEquals(304, conditional.statusCode(), "a client with the answer is told it has not changed");
        assertTrue(EdgeSupport.hit(conditional), "by the edge itself");
        assertFalse(hit.headers().firstValue("xkey").isPresent(), "the edge's index header stays inside");
    }

    @Test
    void aPriceChangeThroughTheApiLeavesTheEdgeWithinASecond() throws Exception {
        String slug = product(sku("PRICE"), "home-kitchen", "20.00", 40);
        String neighbour = product(sku("NEIGHBOUR"), "home-kitchen", "21.00", 40);
        assertTrue(cached("/api/products/" + slug).body().contains("20.00"));
        cached("/api/products/" + neighbour);
        HttpResponse<String> current = StaffSupport.as(token, "GET", "/api/admin/catalog/products/" + slug, null);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> repriced = HttpSupport.send("PUT", "/api/admin/catalog/products/" + slug,
                "{\"name\":\"Edge test repriced\",\"price\":23.50,\"currency\":\"EUR\"}", "If-Match", etag, "Authorization", "Bearer " + token);
        assertEquals(200, repriced.statusCode(), repriced.body());
        long millis = millisUntil("/api/products/" + slug, body -> body.contains("Edge test repriced") && body.contains("23.5"));
        assertTrue(millis <= WITHIN_MS, "the new price reached the edge's shoppers " + millis + " ms after it was saved");
        Thread.sleep(3_000); // past the purge's second round
        assertTrue(EdgeSupport.hit(edge.get("/api/products/" + neighbour)),
                "another product of the same category stays cached: only the changed product and the listings were purged");
    }

    @Test
    void aStockStatusChangeLeavesTheEdgeWithinASecondAndAUnitThatChangesNoStatusDoesNot() throws Exception {
        String sku = sku("STOCK");
        String slug = product(sku, "home-kitchen", "20.00", 40);
        String path = "/api/products/" + slug;
        assertTrue(cached(path).body().contains("IN_STOCK"));

        HttpResponse<String> one = StaffSupport.as(token, "POST", "/api/admin/inventory/" + sku + "/adjustments",
                "{\"warehouse\":\"berlin\",\"reason\":\"DAMAGED\",\"quantity\":1}");
        assertEquals(200, one.statusCode() / 100 * 100, one.body());
        Thread.sleep(1_000); // four of the purger's rounds
        assertTrue(EdgeSupport.hit(edge.get(path)), "39 of 40 is still in stock: the cached answer stays");

        HttpResponse<String> rest = StaffSupport.as(token, "POST", "/api/admin/inventory/" + sku + "/adjustments",
                "{\"warehouse\":\"berlin\",\"reason\":\"COUNTED\",\"quantity\":0}");
        assertEquals(200, rest.statusCode() / 100 * 100, rest.body());
        long millis = millisUntil(path, body -> body.contains("OUT_OF_STOCK"));
        assertTrue(millis <= WITHIN_MS, "sold out reached the edge " + millis + " ms after it was saved");
    }

    @Test
    void aProductMovedToAnotherCategoryByAnImportLeavesBothListingsWithinASecond() throws Exception {
        String sku = sku("MOVE");
        String slug = product(sku, "home-kitchen", "20.00", 40);
        String from = "/api/search?q=" + sku + "&category=home-kitchen";
        String to = "/api/search?q=" + sku + "&category=tops";
        String listed = "\"slug\":\"" + slug + "\"";
        assertTrue(cached(from).body().contains(listed), "the product is listed in its category");
        assertFalse(cached(to).body().contains(listed), "and not in the other yet");

        String csv = "sku,name,category,price,currency,status\n" + sku + ",Edge test " + sku + ",tops,20.00,EUR,PUBLISHED\n";
        JsonObject moved = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(),
                Duration.ofSeconds(90));
        assertEquals(1, moved.getInt("rowsUpdated"), moved.toString());
        long left = millisUntil(from, body -> !body.contains(listed));
        long arrived = millisUntil(to, body -> body.contains(listed));
        assertTrue(left <= WITHIN_MS && arrived <= WITHIN_MS, "the move reached both listings at the edge after " + left + " and "
                + arrived + " ms");
    }

    @Test
    void aPurgeTheEdgeCannotTakeIsKeptAndSentWhenItIsBack() throws Exception {
        String sku = sku("DOWN");
        product(sku, "home-kitchen", "20.00", 40);
        String key = "product-" + sku;
        long offset = ServerLog.end();
        edge.close();
        try {
            CommerceSupport.execute("update product set name = 'Edge test while the edge is down' where sku = ?", sku); // as an operator would
            Thread.sleep(1_500);
            assertTrue(DatabaseSupport.count("select count(*) from edge_purge where key = ?", key) >= 1,
                    "the change's purge waits while the edge is down");
        } finally {
            edge = edge.restart();
        }
        long start = System.nanoTime();
        while (DatabaseSupport.count("select count(*) from edge_purge where key = ?", key) > 0) {
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "the waiting purge went out within 10 s of the edge's return");
            Thread.sleep(50);
        }
        List<String> said = ServerLog.linesFrom(offset);
        assertEquals(1, said.stream().filter(l -> l.contains("Edge purges failed")).count(), "said once, not at every round: " + said);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (ServerLog.linesFrom(offset).stream().noneMatch(l -> l.contains("Edge purges are going through again"))) {
            assertTrue(System.nanoTime() < deadline, "and that they go through again");
            Thread.sleep(50);
        }
    }

    /** The purge trigger's stock status (V074, SQL) is the shop's own rule, StockStatus.of, for every count around its bounds. */
    @Test
    void thePurgesStockStatusIsTheShopsOwn() throws Exception {
        List<io.openshop.domain.inventory.StockStatus> order = List.of(io.openshop.domain.inventory.StockStatus.OUT_OF_STOCK,
                io.openshop.domain.inventory.StockStatus.LOW_STOCK, io.openshop.domain.inventory.StockStatus.IN_STOCK);
        for (int available = -2; available <= io.openshop.domain.inventory.StockStatus.LOW_STOCK_THRESHOLD + 2; available++) {
            long status = DatabaseSupport.count("select edge_stock_status(cast(? as numeric))", available);
            assertEquals(io.openshop.domain.inventory.StockStatus.of(available), order.get((int) status), "for " + available + " available");
        }
    }

    @Test
    void personalAnswersAndPagesAreNeverKeptAtTheEdge() throws Exception {
        String slug = product(sku("PERSONAL"), "home-kitchen", "20.00", 40);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> withSession = edge.get("/api/products/" + slug, "Cookie", "JSESSIONID=someone");
            assertFalse(EdgeSupport.hit(withSession), "a visitor with a session (a cart, signed in) is answered by the shop");
            HttpResponse<String> withToken = edge.get("/api/products/" + slug, "Authorization", "Bearer " + token);
            assertFalse(EdgeSupport.hit(withToken), "so is a caller with a token");
            assertEquals("private, no-store", withToken.headers().firstValue("Cache-Control").orElse(""));
            HttpResponse<String> page = edge.get("/product.xhtml?slug=" + slug, "Cookie", "JSESSIONID=someone", "Accept", "text/html");
            assertFalse(EdgeSupport.hit(page), "a page for a visitor with a session");
            HttpResponse<String> account = edge.get("/api/me", "Authorization", "Bearer " + token);
            assertFalse(EdgeSupport.hit(account), "an account's own answers");
        }
        assertEquals(0, DatabaseSupport.count("select count(*) from edge_purge where created_at < now() - interval '10 seconds'"),
                "no purge is left waiting: each went out");
    }
}
