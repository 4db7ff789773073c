package io.openshop.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
@ExtendWith(ArquillianExtension.class)
class ListingQueryCountIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar();
    }

    @BeforeAll
    static void enableStatementStatistics() throws SQLException {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
    }

    private static long statementsToRender(String path) throws Exception {
        assertEquals(200, HttpSupport.get(path).statusCode(), "warm-up of " + path);
        DatabaseSupport.count("select count(*) from (select pg_stat_statements_reset()) r");
        HttpResponse<String> page = HttpSupport.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("product-card"), "the page lists products");
        return DatabaseSupport.count("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " and query not ilike '%pg_stat_statements%'");
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
}
