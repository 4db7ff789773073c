package io.openshop.systemtest.order;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order desk's API: who may list and read orders (FULFILMENT, SUPPORT and ADMIN; not
 * customers, not catalog managers, not anonymous callers), the filters by status, email and
 * number with totals that match the rows, paging, an order's detail with its history and the
 * actions each role may take, and bad filters as 400 problems.
 */
@ExtendWith(SharedDeployment.class)
class OrderDeskIT {

    /** Unique to this run, so the filters below see only this test's orders. */
    private static final String RUN = "desk-" + Long.toString(System.nanoTime(), 36);
    private static String fulfilment;
    private static String fulfilmentEmail;
    private static String support;
    private static String supportEmail;
    private static String first;
    private static String second;

    /** Two orders of this run: the first is captured by support (and the workflow then starts fulfilment), the second waits for payment. */
    @BeforeAll
    static void twoOrders() throws Exception {
        fulfilmentEmail = SignedUpCustomers.newStaff(Roles.FULFILMENT);
        fulfilment = SignedUpCustomers.token(fulfilmentEmail, TestSettings.adminPassword());
        supportEmail = SignedUpCustomers.newStaff(Roles.SUPPORT);
        support = SignedUpCustomers.token(supportEmail, TestSettings.adminPassword());
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        first = WorkflowSupport.place(sku, 1, RUN + "-ann@example.org");
        second = WorkflowSupport.place(sku, 2, RUN + "-bob@example.org");
        HttpResponse<String> captured = WorkflowSupport.capture(first, support, CommerceSupport.newKey());
        assertEquals(200, captured.statusCode(), captured.body());
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(WorkflowSupport.status(first)));
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return token == null ? HttpSupport.send("GET", path, null) : HttpSupport.send("GET", path, null, "Authorization", "Bearer " + token);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return HttpSupport.json(response);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(HttpSupport.contentType(response).startsWith("application/problem+json"), HttpSupport.contentType(response));
        assertEquals(status, HttpSupport.json(response).getInt("status"));
    }

    @Test
    void onlyFulfilmentSupportAndAdminMayListOrReadOrders() throws Exception {
        String customer = SignedUpCustomers.newCustomer("desk-customer").token();
        String catalogManager = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);
        for (String path : List.of("/api/admin/orders", "/api/admin/orders/" + first)) {
            assertProblem(401, get(null, path));
            assertProblem(403, get(customer, path));
            assertProblem(403, get(catalogManager, path));
            assertEquals(200, get(fulfilment, path).statusCode(), path);
            assertEquals(200, get(support, path).statusCode(), path);
            assertEquals(200, get(StaffSupport.adminToken(), path).statusCode(), path);
        }
    }

    @Test
    void staffFindOrdersByEmailNumberAndStatusWithTotalsThatMatchTheRows() throws Exception {
        // by the start of the email: both, newest first
        JsonObject both = ok(get(fulfilment, "/api/admin/orders?q=" + q(RUN.toUpperCase(Locale.ROOT))));
        assertEquals(List.of(second, first), numbers(both), "any case, newest first");
        assertEquals(2, both.getInt("total"));
        assertEquals(1, both.getInt("totalPages"));
        JsonObject row = both.getJsonArray("items").getJsonObject(0);
        assertEquals(RUN + "-bob@example.org", row.getString("email"));
        assertEquals("PENDING_PAYMENT", row.getString("status"));
        assertEquals(0, new java.math.BigDecimal(CommerceSupport.text("select grand_total::text from customer_order where number = ?", second))
                .compareTo(row.getJsonObject("grandTotal").getJsonNumber("amount").bigDecimalValue()), row.toString());
        assertFalse(row.containsKey("shippingAddress"), "the list carries what it shows, no address");

        // by an exact email, and by a number
        assertEquals(List.of(first), numbers(ok(get(support, "/api/admin/orders?q=" + q(RUN + "-ann@example.org")))));
        JsonObject byNumber = ok(get(support, "/api/admin/orders?q=" + first));
        assertEquals(List.of(first), numbers(byNumber));
        assertEquals(1, byNumber.getInt("total"));

        // by status, with the email filter
        JsonObject pending = ok(get(fulfilment, "/api/admin/orders?status=pending_payment&q=" + q(RUN)));
        assertEquals(List.of(second), numbers(pending));
        assertEquals(1, pending.getInt("total"));
        assertEquals(List.of(first), numbers(ok(get(fulfilment, "/api/admin/orders?status=FULFILLING&q=" + q(RUN)))));
        JsonObject allFulfilling = ok(get(fulfilment, "/api/admin/orders?status=FULFILLING&size=100"));
        assertTrue(allFulfilling.getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getString("status").equals("FULFILLING")));
        if (allFulfilling.getInt("total") <= 100) {
            assertEquals(allFulfilling.getInt("total"), allFulfilling.getJsonArray("items").size(), "the total counts the rows");
        }

        // by day placed: today has both, tomorrow none
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(2, ok(get(support, "/api/admin/orders?q=" + q(RUN) + "&from=" + today + "&to=" + today.plusDays(1))).getInt("total"));
        JsonObject none = ok(get(support, "/api/admin/orders?q=" + q(RUN) + "&from=" + today.plusDays(1)));
        assertEquals(0, none.getInt("total"));
        assertTrue(none.getJsonArray("items").isEmpty());

        // paging: one row a page, the total stays
        JsonObject page0 = ok(get(support, "/api/admin/orders?q=" + q(RUN) + "&size=1"));
        JsonObject page1 = ok(get(support, "/api/admin/orders?q=" + q(RUN) + "&size=1&page=1"));
        JsonObject page2 = ok(get(support, "/api/admin/orders?q=" + q(RUN) + "&size=1&page=2"));
        assertEquals(List.of(second), numbers(page0));
        assertTrue(page0.getBoolean("hasNext"));
        assertEquals(List.of(first), numbers(page1));
        assertFalse(page1.getBoolean("hasNext"));
        assertEquals(2, page1.getInt("total"));
        assertTrue(numbers(page2).isEmpty());
        assertEquals(2, page2.getInt("total"), "past the end the total is still known");

        // a prefix is taken literally: % and _ match themselves only
        assertEquals(0, ok(get(support, "/api/admin/orders?q=" + q(RUN + "%"))).getInt("total"));
    }

    @Test
    void theDetailShowsHistoryPaymentAndTheActionsTheRoleMayTake() throws Exception {
        JsonObject asSupport = ok(get(support, "/api/admin/orders/" + first));
        JsonObject order = asSupport.getJsonObject("order");
        assertEquals(first, order.getString("number"));
        assertEquals("FULFILLING", order.getString("status"));
        assertEquals(1, order.getJsonArray("lines").size());
        assertEquals("Ada Tester", order.getJsonObject("shippingAddress").getString("name"));
        JsonArray history = order.getJsonArray("history");
        assertEquals(List.of("PENDING_PAYMENT", "PAID", "FULFILLING"), history.stream()
                .map(h -> h.asJsonObject().getString("to")).toList());
        assertEquals(supportEmail, history.getJsonObject(1).getString("actor"), "who captured is recorded");
        assertTrue(history.getJsonObject(1).containsKey("at"));
        JsonObject payment = asSupport.getJsonObject("payment");
        assertEquals("CAPTURED", payment.getString("status"));
        assertTrue(payment.getString("last4").matches("\\d{4}"), payment.toString());
        assertFalse(payment.containsKey("token"), "never the gateway token");
        assertFalse(asSupport.toString().contains("tok_"), "no token anywhere: " + asSupport);
        // support may refund but not ship; fulfilment may ship but not refund
        assertEquals(List.of("REFUND"), actions(asSupport));
        assertEquals(List.of("SHIP"), actions(ok(get(fulfilment, "/api/admin/orders/" + first))));
        assertEquals(List.of("SHIP", "REFUND"), actions(ok(get(StaffSupport.adminToken(), "/api/admin/orders/" + first))));
        assertEquals(List.of("CAPTURE", "CANCEL"), actions(ok(get(support, "/api/admin/orders/" + second))));
        assertTrue(actions(ok(get(fulfilment, "/api/admin/orders/" + second))).isEmpty(), "fulfilment waits for the payment");
    }

    /**
     * No N+1: two statements serve a page of the list (its rows; its total, counted up to the cap),
     * whether it holds one order or two.
     */
    @Test
    void aPageOfTheListIsTwoStatementsWhateverItsSize() throws Exception {
        CommerceSupport.execute("create extension if not exists pg_stat_statements");
        for (int size : new int[] {1, 2}) {
            String path = "/api/admin/orders?q=" + q(RUN) + "&size=" + size;
            ok(get(support, path)); // warm-up
            DatabaseSupport.count("select count(*) from (select pg_stat_statements_reset()) r");
            assertEquals(size, numbers(ok(get(support, path))).size());
            String ours = "select coalesce(sum(calls), 0) from pg_stat_statements"
                    + " where dbid = (select oid from pg_database where datname = current_database())"
                    + " and query not ilike '%pg_stat_statements%'";
            // the reservation expiry timer reads customer_order by itself (placed_at < …): not this request's
            assertEquals(2, DatabaseSupport.count(ours + " and query ilike '%customer_order%' and query not ilike '%placed_at < %'"),
                    "statements on customer_order for a page of " + size);
            assertEquals(0, DatabaseSupport.count(ours + " and (query ilike '%order_line%' or query ilike '%order_status_change%'"
                    + " or query ilike '%from payment%')"), "nothing per row for a page of " + size);
        }
    }

    private static List<String> actions(JsonObject detail) {
        return detail.getJsonArray("actions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void badFiltersAreProblemsNamingTheParameterAndAnUnknownNumberIsNotFound() throws Exception {
        HttpResponse<String> status = get(support, "/api/admin/orders?status=SENT");
        assertProblem(400, status);
        assertTrue(HttpSupport.json(status).getJsonObject("errors").containsKey("status"), status.body());
        HttpResponse<String> from = get(support, "/api/admin/orders?from=yesterday");
        assertProblem(400, from);
        assertTrue(HttpSupport.json(from).getJsonObject("errors").containsKey("from"), from.body());
        assertProblem(400, get(support, "/api/admin/orders?from=2026-11-27&to=2026-11-26"));
        assertProblem(400, get(support, "/api/admin/orders?size=1000"));
        assertProblem(400, get(support, "/api/admin/orders?page=-1"));
        assertProblem(400, get(support, "/api/admin/orders?page=abc"));
        assertProblem(404, get(support, "/api/admin/orders/SO-999999999"));
    }
}
