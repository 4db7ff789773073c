package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog administration API, from outside: nobody unauthenticated and no customer changes
 * anything; staff with a token create and change products under the domain's rules, with clear
 * problems for duplicates, stale writes, values outside an attribute's set and cycles.
 */
@ExtendWith(SharedDeployment.class)
class CatalogAdminApiIT {

    private static final String PASSWORD = "a long and unusual passphrase 42";

    private static String token(String email, String password) throws Exception {
        HttpResponse<String> issued = HttpSupport.send("POST", "/api/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, issued.statusCode(), issued.body());
        return HttpSupport.json(issued).getString("token");
    }

    private static String adminToken() throws Exception {
        return StaffSupport.adminToken(); // password and one-time code
    }

    private static HttpResponse<String> as(String token, String method, String path, String json, String... headers)
            throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return HttpSupport.send(method, path, json, all);
    }

    @Test
    void anAnonymousCallerChangesNothing() throws Exception {
        long products = DatabaseSupport.count("select count(*) from product");
        HttpResponse<String> created = HttpSupport.send("POST", "/api/admin/catalog/products",
                "{\"category\":\"tops\",\"slug\":\"anonymous-shirt\",\"sku\":\"ANON-1\",\"name\":\"Anon\",\"price\":1,\"currency\":\"EUR\"}");
        assertRefused(created, 401);
        HttpResponse<String> moved = HttpSupport.send("PUT", "/api/admin/catalog/categories/tops/parent", "{\"parent\":\"footwear\"}");
        assertRefused(moved, 401);
        HttpResponse<String> repriced = HttpSupport.send("PUT", "/api/admin/catalog/products/organic-cotton-t-shirt",
                "{\"name\":\"Cheap\",\"price\":0.01,\"currency\":\"EUR\"}", "If-Match", "\"0\"");
        assertRefused(repriced, 401);
        assertEquals(products, DatabaseSupport.count("select count(*) from product"), "no product was added");
        assertEquals(1, DatabaseSupport.count("select count(*) from category c join category p on p.id = c.parent_id"
                + " where c.slug = 'tops' and p.slug = 'apparel'"), "tops stayed under apparel");
        assertEquals(0, DatabaseSupport.count("select count(*) from product where name = 'Cheap'"), "nothing was repriced");
    }

    @Test
    void aCustomerIsForbiddenTheCatalogAdministration() throws Exception {
        String email = "catalog-admin-api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        WebSession session = new WebSession();
        session.submit(session.get("/signup.xhtml"), "signup", Map.of("email", email, "name", "Curious Customer",
                "password", PASSWORD), "submit");
        String customer = token(email, PASSWORD);
        assertRefused(as(customer, "POST", "/api/admin/catalog/products",
                "{\"category\":\"tops\",\"slug\":\"customer-shirt\",\"sku\":\"CUST-1\",\"name\":\"Mine\",\"price\":1,\"currency\":\"EUR\"}"), 403);
        assertRefused(as(customer, "GET", "/api/admin/catalog/products/organic-cotton-t-shirt", null), 403);
        assertEquals(0, DatabaseSupport.count("select count(*) from product where slug = 'customer-shirt'"));
    }

    @Test
    void staffCreateAndChangeProductsUnderTheDomainsRules() throws Exception {
        String admin = adminToken();
        String slug = "admin-api-test-" + UUID.randomUUID().toString().substring(0, 8);
        String sku = slug.toUpperCase();
        HttpResponse<String> created = as(admin, "POST", "/api/admin/catalog/products",
                "{\"category\":\"tops\",\"slug\":\"" + slug + "\",\"sku\":\"" + sku + "\",\"name\":\"Linen Shirt\","
                        + "\"description\":\"Airy.\",\"price\":49.5,\"currency\":\"EUR\",\"id\":1,\"version\":99}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/admin/catalog/products/" + slug));
        String etag = created.headers().firstValue("ETag").orElseThrow();
        long version = HttpSupport.json(created).getJsonNumber("version").longValue();
        assertTrue(version != 99, "a version sent in the body is ignored");
        assertEquals("\"" + version + "\"", etag, "the ETag is the version");
        assertEquals("49.50", HttpSupport.json(HttpSupport.get("/api/products/" + slug)).getJsonObject("price")
                .getJsonNumber("amount").bigDecimalValue().toPlainString(), "the shop sells it at once");

        HttpResponse<String> duplicate = as(admin, "POST", "/api/admin/catalog/products",
                "{\"category\":\"tops\",\"slug\":\"" + slug + "\",\"sku\":\"DUP-" + sku.substring(sku.length() - 8) + "\",\"name\":\"Again\","
                        + "\"price\":1,\"currency\":\"EUR\"}");
        assertProblem(duplicate, 400, "slug");

        String change = "{\"name\":\"Linen Shirt\",\"description\":\"Airy.\",\"price\":39,\"currency\":\"EUR\"}";
        assertEquals(428, as(admin, "PUT", "/api/admin/catalog/products/" + slug, change).statusCode(), "If-Match is required");
        HttpResponse<String> changed = as(admin, "PUT", "/api/admin/catalog/products/" + slug, change, "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("39.00", HttpSupport.json(HttpSupport.get("/api/products/" + slug)).getJsonObject("price")
                .getJsonNumber("amount").bigDecimalValue().toPlainString(), "the new price is served, not a cached one");
        HttpResponse<String> stale = as(admin, "PUT", "/api/admin/catalog/products/" + slug,
                change.replace("39", "1"), "If-Match", etag);
        assertEquals(409, stale.statusCode(), "a change based on the old version: " + stale.body());
        assertTrue(HttpSupport.contentType(stale).startsWith("application/problem+json"));

        HttpResponse<String> silk = as(admin, "PUT", "/api/admin/catalog/products/" + slug + "/attributes",
                "{\"type\":\"clothing\",\"attributes\":{\"material\":\"Silk\",\"fit\":\"Regular\"}}");
        assertEquals(400, silk.statusCode(), silk.body());
        assertTrue(silk.body().contains("material"), silk.body());
        HttpResponse<String> linen = as(admin, "PUT", "/api/admin/catalog/products/" + slug + "/attributes",
                "{\"type\":\"clothing\",\"attributes\":{\"material\":\"Linen\",\"fit\":\"Relaxed\"}}");
        assertEquals(200, linen.statusCode(), linen.body());
        JsonObject shown = HttpSupport.json(HttpSupport.get("/api/products/" + slug));
        assertEquals("Linen", shown.getJsonObject("attributes").getString("material"));

        assertProblem(as(admin, "POST", "/api/admin/catalog/products", "{not json"), 400, null);
        assertProblem(as(admin, "POST", "/api/admin/catalog/products", null), 400, null);
    }

    @Test
    void aCategoryMovesWithItsSubtreeButNeverUnderItself() throws Exception {
        String admin = adminToken();
        String top = "admin-api-cat-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, as(admin, "POST", "/api/admin/catalog/categories",
                "{\"slug\":\"" + top + "\",\"name\":\"Top\",\"parent\":\"outdoor\"}").statusCode());
        assertEquals(201, as(admin, "POST", "/api/admin/catalog/categories",
                "{\"slug\":\"" + top + "-child\",\"name\":\"Child\",\"parent\":\"" + top + "\"}").statusCode());
        assertProblem(as(admin, "PUT", "/api/admin/catalog/categories/" + top + "/parent",
                "{\"parent\":\"" + top + "-child\"}"), 400, "parent");
        HttpResponse<String> moved = as(admin, "PUT", "/api/admin/catalog/categories/" + top + "/parent", "{\"parent\":\"home-kitchen\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from category c join category p on p.id = c.parent_id"
                + " join category g on g.id = p.parent_id where c.slug = ? and g.slug = 'home-kitchen'", top + "-child"),
                "the child came along");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(HttpSupport.contentType(response).startsWith("application/problem+json"), HttpSupport.contentType(response));
        assertFalse(response.body().contains("Exception") || response.body().contains("at io.openshop"), response.body());
        if (field != null) {
            assertTrue(HttpSupport.json(response).getJsonObject("errors").containsKey(field), response.body());
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status) {
        assertProblem(response, status, null);
    }

    @AfterAll
    static void removeWhatWasMade() throws SQLException {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from product where slug like 'admin-api-test-%'");
            s.executeUpdate("update category set parent_id = null where slug like 'admin-api-cat-%'");
            s.executeUpdate("delete from category where slug like 'admin-api-cat-%'");
        }
    }
}
