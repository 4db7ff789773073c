package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No N+1: rendering a listing page costs the same number of SQL statements for 10 products as
 * for 50, counted by PostgreSQL itself (pg_stat_statements) while the JSF page renders.
 */
@ExtendWith(SharedDeployment.class)
class ListingQueryCountIT {

    @BeforeAll
    static void enableStatementStatistics() throws SQLException {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
    }

    private static long statementsToRender(String path) throws Exception {
        return statementsToServe(path, "product-card");
    }

    /** The statements PostgreSQL ran to serve one request, after a first request warmed caches. */
    private static long statementsToServe(String path, String expectedInBody) throws Exception {
        return fewestOf(path, expectedInBody, ALL);
    }

    private static final String ALL = "select coalesce(sum(calls), 0) from pg_stat_statements"
            + " where dbid = (select oid from pg_database where datname = current_database())"
            + " and query not ilike '%pg_stat_statements%'";

    /**
     * The fewest statements the count query finds over three servings of the request (each after
     * a reset): what else runs meanwhile (a timer, a relay, a cache entry evicted by another test's
     * writes) only ever adds statements, so the fewest are the request's own.
     */
    private static long fewestOf(String path, String expectedInBody, String countQuery) throws Exception {
        assertEquals(200, HttpSupport.get(path).statusCode(), "warm-up of " + path);
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            DatabaseSupport.count("select count(*) from (select pg_stat_statements_reset()) r");
            HttpResponse<String> page = HttpSupport.get(path);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(expectedInBody), path + " shows " + expectedInBody);
            fewest = Math.min(fewest, DatabaseSupport.count(countQuery + NOT_BACKGROUND));
        }
        return fewest;
    }

    /** The statements that read data to serve one request (leaving out the pool's connection checks and transaction control). */
    private static long queriesToServe(String path, String expectedInBody) throws Exception {
        return fewestOf(path, expectedInBody, ALL + " and query ilike 'select%'");
    }

    /**
     * pg_stat_statements counts the whole database: the shop's own timers run meanwhile (the event
     * relay on domain_event and the webhooks' tables, parcel tracking on order_shipment, the
     * workflow's retry timer every 5 s on workflow_step and mail_outbox, the reservation expiry on
     * customer_order, each after claiming its tick in scheduled_run; the dashboards' live feed on
     * live_event twice a second; no listing or product read touches those tables), and so does their
     * transaction control. The pool's connection check ({@code SELECT 1}, at most every 10 s per
     * connection, so only sometimes inside the measured request: a clean-clone run once counted
     * 5 statements instead of 4 for it) is the pool's, not the request's. Those are left out, so
     * the counts are the request's own.
     */
    private static final String NOT_BACKGROUND = " and query not ilike '%workflow_step%' and query not ilike '%mail_outbox%' and query not ilike '%scheduled_run%'"
            + " and query not ilike '%customer_order%' and query not ilike '%live_event%'"
            + " and query not ilike '%domain_event%' and query not ilike '%webhook_%' and query not ilike '%order_shipment%'"
            + " and upper(query) not in ('BEGIN', 'COMMIT', 'ROLLBACK', 'SELECT $1')";

    private static String statementTexts() throws SQLException {
        StringBuilder texts = new StringBuilder();
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("select calls, query from pg_stat_statements"
                     + " where dbid = (select oid from pg_database where datname = current_database())"
                     + " and query not ilike '%pg_stat_statements%'")) {
            while (rs.next()) {
                texts.append("\n  ").append(rs.getLong(1)).append(" × ").append(rs.getString(2));
            }
        }
        return texts.toString();
    }

    @Test
    void aListingCostsTheSameStatementsForTenAndFiftyProducts() throws Exception {
        long ten = statementsToRender("/search.xhtml?size=10");
        long fifty = statementsToRender("/search.xhtml?size=50");
        assertTrue(ten > 0, "statements were counted at all");
        assertEquals(ten, fifty, "statements for 10 vs 50 products per page");
        // category tree, facet attributes, hits, their products, count, category, price and attribute
        // facets, currency price lookups: a dozen at most, whatever the page size.
        assertTrue(fifty <= 12, "a listing takes about a dozen statements, not " + fifty);

        long category = statementsToRender("/category.xhtml?c=apparel&size=10");
        assertEquals(category, statementsToRender("/category.xhtml?c=apparel&size=50"), "the same for a category page");
    }

    /**
     * A product's options, variants, attributes, pictures, type and category path come from the
     * shared cache once read: what is left is finding the product by its slug, its price-list
     * price and its stock, which are never cached (and, on the page, its published reviews). Without the cache, options, variants, their
     * option values, attributes, pictures and the product type are each read again.
     */
    @Test
    void aProductReadsOnlyItsSlugPriceAndStockOnceCached() throws Exception {
        long api = queriesToServe("/api/products/organic-cotton-t-shirt", "APP-TSH-001-");
        assertEquals(3, api, "slug, list price and stock only: " + statementTexts());
        long page = queriesToServe("/product.xhtml?slug=organic-cotton-t-shirt", "APP-TSH-001");
        // the page also shows the product's published reviews, which are never cached (moderation
        // changes them): one statement for the newest ten, one for their count and average
        assertEquals(5, page, "the product page reads no cached catalog data either: " + statementTexts());
    }

    /**
     * A listing seen before costs the catalog-version check and its page's products: its total,
     * facets and hits come from the listing cache. A product added by SQL, behind the
     * application's back, moves the version, so the very next listing counts it.
     */
    @Test
    void aRepeatedListingReadsOnlyTheVersionAndItsPageYetSeesAChangeMadeBySql() throws Exception {
        String path = "/api/search?category=apparel&size=10";
        assertEquals(2, queriesToServe(path, "\"total\""), "the version check and the page's products: " + statementTexts());
        long before = HttpSupport.json(HttpSupport.get(path)).getJsonNumber("total").longValue();
        DatabaseSupport.insertProduct("tops", "listing-cache-test-tee", "LCT-0001", "Listing Cache Tee", "19.00");
        try {
            long after = HttpSupport.json(HttpSupport.get(path)).getJsonNumber("total").longValue();
            assertEquals(before + 1, after, "the new product is counted at once");
        } finally {
            DatabaseSupport.deleteProduct("listing-cache-test-tee");
        }
        assertEquals(before, HttpSupport.json(HttpSupport.get(path)).getJsonNumber("total").longValue(), "and its removal too");
    }
}
