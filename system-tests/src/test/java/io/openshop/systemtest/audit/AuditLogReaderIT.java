package io.openshop.systemtest.audit;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.openshop.systemtest.support.StaffSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADMIN reads the audit log through {@code GET /api/admin/audit} and the back office's audit page,
 * filtered by actor, action, target and time, page by page; nobody else may. Sign-ins, failed
 * sign-ins, role changes, price changes, refunds and data exports are all in it.
 */
@ExtendWith(SharedDeployment.class)
class AuditLogReaderIT {

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject read(String admin, String query) throws Exception {
        HttpResponse<String> page = as(admin, "GET", "/api/admin/audit?" + query, null);
        assertEquals(200, page.statusCode(), page.body());
        return HttpSupport.json(page);
    }

    private static List<String> actions(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    }

    @Test
    void anAdministratorReadsSignInsAndRoleChangesFilteredAndPagedNewestFirst() throws Exception {
        Instant start = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String admin = StaffSupport.adminToken();
        JsonObject staff = StaffSupport.newStaff(admin, "audited", "SUPPORT");
        String email = staff.getString("email");
        assertEquals(200, as(admin, "PUT", "/api/admin/staff/" + staff.getJsonNumber("id").longValue() + "/roles/FULFILMENT", null).statusCode());
        assertEquals(401, StaffSupport.tokenFor(email, "not the password at all").statusCode());
        String own = StaffSupport.token(email, StaffSupport.PASSWORD);

        JsonObject all = read(admin, "target=" + q(email.toUpperCase()));
        List<String> actions = actions(all);
        assertEquals(List.of("LOGIN", "LOGIN_FAILED", "ROLE_GRANTED", "ACCOUNT_CREATED"), actions, "newest first, any case: " + all);
        JsonObject granted = read(admin, "target=" + q(email) + "&action=ROLE_GRANTED").getJsonArray("items").getJsonObject(0);
        assertEquals(TestSettings.adminEmail(), granted.getString("actor"));
        assertEquals("SUPPORT", granted.getJsonObject("before").getString("roles"));
        assertEquals("FULFILMENT,SUPPORT", granted.getJsonObject("after").getString("roles"));
        assertEquals(List.of("LOGIN"), actions(read(admin, "actor=" + q(email) + "&action=LOGIN")));

        JsonObject first = read(admin, "target=" + q(email) + "&size=3&page=0");
        JsonObject second = read(admin, "target=" + q(email) + "&size=3&page=1");
        assertEquals(4, first.getInt("total"));
        assertTrue(first.getBoolean("hasNext"));
        assertEquals(List.of("LOGIN", "LOGIN_FAILED", "ROLE_GRANTED"), actions(first));
        assertEquals(List.of("ACCOUNT_CREATED"), actions(second));
        assertFalse(second.getBoolean("hasNext"));

        Instant later = Instant.now().plusSeconds(3600);
        assertEquals(4, read(admin, "target=" + q(email) + "&from=" + start + "&to=" + later).getInt("total"));
        assertEquals(0, read(admin, "target=" + q(email) + "&from=" + later).getInt("total"), "nothing after the range");
        assertEquals(0, read(admin, "target=" + q(email) + "&to=" + start).getInt("total"), "nothing before it");

        for (String bad : List.of("action=NOT_AN_ACTION", "from=yesterday", "size=1000", "page=-1",
                "from=" + later + "&to=" + start)) {
            HttpResponse<String> refused = as(admin, "GET", "/api/admin/audit?" + bad, null);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(HttpSupport.contentType(refused).startsWith("application/problem+json"), bad);
        }

        // least privilege: only ADMIN reads the log
        assertEquals(401, HttpSupport.send("GET", "/api/admin/audit", null).statusCode(), "anonymous");
        assertEquals(403, as(own, "GET", "/api/admin/audit", null).statusCode(), "staff without ADMIN");
        WebSession support = new WebSession();
        assertTrue(WebSession.isRedirect(support.signIn(email, StaffSupport.PASSWORD)));
        assertEquals(403, support.get("/admin/audit.xhtml").statusCode());
    }

    @Test
    void priceChangesRefundsAndDataExportsAreInTheLog() throws Exception {
        String admin = StaffSupport.adminToken();
        String slug = "audit-price-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = as(admin, "POST", "/api/admin/catalog/products", "{\"category\":\"tops\",\"slug\":\"" + slug
                + "\",\"sku\":\"" + slug.toUpperCase() + "\",\"name\":\"Audit Shirt\",\"price\":30,\"currency\":\"EUR\"}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> repriced = HttpSupport.send("PUT", "/api/admin/catalog/products/" + slug,
                "{\"name\":\"Audit Shirt\",\"price\":25,\"currency\":\"EUR\"}", "Authorization", "Bearer " + admin,
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, repriced.statusCode(), repriced.body());
        JsonObject price = read(admin, "target=" + q("product:" + slug) + "&action=PRICE_CHANGED").getJsonArray("items").getJsonObject(0);
        assertEquals("30.00 EUR", price.getJsonObject("before").getString("price"));
        assertEquals("25.00 EUR", price.getJsonObject("after").getString("price"));
        assertEquals(TestSettings.adminEmail(), price.getString("actor"));

        String sku = CommerceSupport.newSkuWithStock("20.00", 5);
        HttpResponse<String> placed = CommerceSupport.checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1),
                "audit-refund@example.org", null).build().toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        HttpResponse<String> captured = HttpSupport.send("POST", "/api/admin/orders/" + number + "/capture", null,
                "Authorization", "Bearer " + admin, "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(200, captured.statusCode(), captured.body());
        HttpResponse<String> refunded = HttpSupport.send("POST", "/api/admin/orders/" + number + "/refund", "{\"amount\": 5.00}",
                "Authorization", "Bearer " + admin, "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(200, refunded.statusCode(), refunded.body());
        JsonObject refund = read(admin, "target=" + q("order:" + number) + "&action=ORDER_REFUNDED").getJsonArray("items").getJsonObject(0);
        assertEquals("5.00 EUR", refund.getJsonObject("after").getString("amount"));
        assertEquals("0.00 EUR", refund.getJsonObject("before").getString("refunded"));

        String customer = "audit-export-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        WebSession shopper = new WebSession();
        shopper.submit(shopper.get("/signup.xhtml"), "signup", Map.of("email", customer, "name", "Audit Export",
                "password", StaffSupport.PASSWORD), "submit");
        assertEquals(200, as(StaffSupport.token(customer, StaffSupport.PASSWORD), "GET", "/api/me/export", null).statusCode());
        assertEquals(List.of("DATA_EXPORTED"), actions(read(admin, "actor=" + q(customer) + "&action=DATA_EXPORTED")));
        assertEquals(2, read(admin, "actor=" + q(customer) + "&action=LOGIN").getInt("total"),
                "the shopper's sign-ins too: at sign-up and for the token");
    }

    @Test
    void theAuditPageFiltersTheTable() throws Exception {
        String admin = StaffSupport.adminToken();
        JsonObject staff = StaffSupport.newStaff(admin, "audit-page", "CATALOG_MANAGER");
        String email = staff.getString("email");
        WebSession session = StaffSupport.adminSession();
        HttpResponse<String> page = session.get("/admin/audit.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"audit-action\">ACCOUNT_CREATED"), "the newest entries are shown");

        HttpResponse<String> filtered = session.submit(page, "filter",
                Map.of("actor", "", "action", "ACCOUNT_CREATED", "target", email, "from", "", "to", ""), "apply");
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains("class=\"audit-target\">" + email), filtered.body());
        assertFalse(filtered.body().contains("class=\"audit-action\">LOGIN<"), "only the chosen action");

        HttpResponse<String> bad = session.submit(filtered, "filter",
                Map.of("actor", "", "action", "", "target", "", "from", "2026-11-26T10:00", "to", "2026-11-26T09:00"), "apply");
        assertTrue(bad.body().contains("To must be after from."), bad.body());
    }
}
