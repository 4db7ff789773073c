package io.openshop.systemtest.platform;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WorkflowSupport;
import io.openshop.systemtest.support.CommerceSupport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's grids never count a whole table for a page: PostgreSQL's own statistics
 * (pg_stat_statements) show that serving the orders, customers, products and audit grids, filtered
 * and not, ran no count without a limit (the shop's timers run meanwhile: the sales rollup's
 * insert is theirs); a filtered total below the cap is still exact.
 */
@ExtendWith(SharedDeployment.class)
class GridTotalsIT {

    private static String support;

    @BeforeAll
    static void prepare() throws Exception {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
        support = SignedUpCustomers.newStaffToken(Roles.SUPPORT);
    }

    private static JsonObject get(String token, String path) throws Exception {
        HttpResponse<String> page = StaffSupport.as(token, "GET", path, null);
        assertEquals(200, page.statusCode(), path + ": " + page.body());
        return HttpSupport.json(page);
    }

    /** The statements since the reset that count rows without a limit on what they count. */
    private static List<String> unboundedCounts() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select query from pg_stat_statements"
                     + " where dbid = (select oid from pg_database where datname = current_database())"
                     + " and query ilike '%count(%' and query not ilike '%pg_stat_statements%' and query not ilike '%limit%'"
                     // the dashboard's rollup (every minute, its own statement) is not a grid's
                     + " and query not ilike 'insert into%'"
                     + " and (query ilike '%customer_order%' or query ilike '%app_user%' or query ilike '%audit_log%'"
                     + " or query ilike '%from product%')")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    @Test
    void noGridPageCountsAWholeTableAndAFilteredTotalBelowTheCapIsExact() throws Exception {
        String email = "grid-" + System.nanoTime() + "@example.org";
        String sku = CommerceSupport.newSkuWithStock("9.00", 5);
        String first = WorkflowSupport.place(sku, 1, email);
        WorkflowSupport.place(sku, 1, email);
        String admin = StaffSupport.adminToken();
        String manager = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);

        DatabaseSupport.count("select count(*) from (select pg_stat_statements_reset()) r");
        JsonObject all = get(support, "/api/admin/orders?page=0&size=20");
        JsonObject mine = get(support, "/api/admin/orders?q=" + email + "&page=0&size=20");
        JsonObject deep = get(support, "/api/admin/orders?status=PENDING_PAYMENT&page=3&size=5");
        get(support, "/api/admin/customers?page=0&size=20");
        get(support, "/api/admin/customers?email=grid-&page=0&size=20");
        get(manager, "/api/admin/catalog/products?page=0&size=20");
        get(manager, "/api/admin/catalog/products?status=PUBLISHED&page=1&size=20");
        get(admin, "/api/admin/audit?page=0&size=20");
        get(admin, "/api/admin/audit?action=LOGIN&page=0&size=20");

        assertEquals(List.of(), unboundedCounts(), "no grid counted a whole table");
        assertEquals(2, mine.getJsonNumber("total").longValue(), "a filtered total below the cap is exact: " + mine);
        assertEquals(2, mine.getJsonArray("items").size());
        assertTrue(mine.toString().contains(first), mine.toString());
        assertTrue(all.getJsonNumber("total").longValue() >= all.getJsonArray("items").size(), "the total covers what is shown: " + all);
        assertTrue(deep.getJsonNumber("total").longValue() >= 0, deep.toString());
    }
}
