package io.openshop.systemtest.analytics;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard against the orders stored: orders placed and one cancelled move today's figures
 * by exactly their totals once the rollup has run; the 30-day revenue equals a direct SQL sum;
 * the status breakdown and the best sellers follow. Staff see it as their landing page (axe-core,
 * 1280 and 768 px); only an administrator may force a rollup.
 */
class DashboardIT extends BrowserTest {

    private static JsonObject dashboard(String token) throws Exception {
        HttpResponse<String> answer = StaffSupport.as(token, "GET", "/api/admin/analytics/dashboard", null);
        assertEquals(200, answer.statusCode(), answer.body());
        return HttpSupport.json(answer);
    }

    private static void rollUp() throws Exception {
        HttpResponse<String> answer = StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/analytics/rollups", null);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static JsonObject period(JsonObject dashboard, String name) {
        return dashboard.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("period").equals(name) && p.getJsonObject("revenue").getString("currency").equals("EUR"))
                .findFirst().orElseThrow(() -> new AssertionError("no EUR " + name + " in " + dashboard));
    }

    private static BigDecimal revenue(JsonObject period) {
        return period.getJsonObject("revenue").getJsonNumber("amount").bigDecimalValue();
    }

    private static int status(JsonObject dashboard, String status) {
        return dashboard.getJsonObject("ordersByStatus").getInt(status, 0);
    }

    @Test
    void theFiguresFollowTheOrdersAndEqualTheDatabase() throws Exception {
        String support = SignedUpCustomers.newStaffToken(Roles.SUPPORT);
        rollUp();
        JsonObject before = dashboard(support);

        // a price that makes three units outsell every product of the last 30 days
        BigDecimal lead = before.getJsonArray("topProducts").isEmpty() ? BigDecimal.ZERO
                : before.getJsonArray("topProducts").getJsonObject(0).getJsonObject("revenue").getJsonNumber("amount").bigDecimalValue();
        String price = lead.divide(BigDecimal.valueOf(3), 0, RoundingMode.UP).add(BigDecimal.valueOf(1000)) + ".00";
        String sku = CommerceSupport.newSkuWithStock(price, 20);
        String email = "dashboard-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        String first = WorkflowSupport.place(sku, 1, email);
        String second = WorkflowSupport.place(sku, 2, email);
        String cancelled = WorkflowSupport.place(sku, 1, email);
        assertEquals(200, HttpSupport.send("POST", "/api/orders/" + cancelled + "/cancel?email=" + email, null).statusCode());
        BigDecimal placed = new BigDecimal(CommerceSupport.text("select sum(grand_total)::text from customer_order where number in (?, ?)",
                first, second));
        assertEquals(403, StaffSupport.as(support, "POST", "/api/admin/analytics/rollups", null).statusCode(), "only ADMIN forces a rollup");
        rollUp();
        JsonObject after = dashboard(support);

        JsonObject todayBefore = period(before, "Today");
        JsonObject todayAfter = period(after, "Today");
        assertEquals(todayBefore.getInt("orders") + 2, todayAfter.getInt("orders"), "two orders count; the cancelled one does not");
        assertEquals(revenue(todayBefore).add(placed), revenue(todayAfter), "revenue grew by exactly their totals");
        assertEquals(status(before, "CANCELLED") + 1, status(after, "CANCELLED"));

        BigDecimal stored = new BigDecimal(CommerceSupport.text("select coalesce(sum(grand_total), 0)::text from customer_order"
                + " where status <> 'CANCELLED' and currency = 'EUR'"
                + " and placed_at >= ((now() at time zone 'UTC')::date - 29)::timestamp at time zone 'UTC'"));
        assertEquals(stored, revenue(period(after, "30 days")), "the 30 days' revenue is the database's");
        JsonObject top = after.getJsonArray("topProducts").getJsonObject(0);
        assertEquals(sku, top.getString("key"), "three units at " + price + " lead the best sellers: " + after.getJsonArray("topProducts"));
        assertEquals(3, top.getInt("units"));
        assertFalse(after.getString("rolledAt", "").isEmpty(), "the figures say when they were rolled up");

        // support lands on it after signing in; the page shows the same figures
        open();
        signIn(SignedUpCustomers.newStaff(Roles.SUPPORT), TestSettings.adminPassword(), "/admin/");
        assertEquals(Integer.toString(todayAfter.getInt("orders")),
                browser.findElement(By.cssSelector("#kpi-Today .kpi-orders")).getText());
        assertEquals(5, browser.findElements(By.cssSelector(".bo-chart canvas")).size(), "five charts are drawn");
        assertTrue(browser.findElement(By.id("top-products")).getAttribute("textContent").contains("Test item"),
                "the best sellers' figures are in a table too");
        assertAccessible("dashboard");
        screenshot("admin-dashboard");
        closeBrowser();
        open(768, 1024);
        signIn(SignedUpCustomers.newStaff(Roles.FULFILMENT), TestSettings.adminPassword(), "/admin/");
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 768 px: " + overflow);
        assertAccessible("dashboard at 768 px");
        screenshot("admin-dashboard-768");
    }
}
