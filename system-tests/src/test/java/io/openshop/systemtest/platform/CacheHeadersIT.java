package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may keep a copy of which answer: the catalog's API reads asked anonymously are public for
 * shared caches, with an ETag that answers a conditional request with 304 and the surrogate keys
 * of what they show; anything asked with a token or a session, and every personal page or API,
 * is private and never stored.
 */
@ExtendWith(SharedDeployment.class)
class CacheHeadersIT {

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void anAnonymousProductReadIsPublicWithItsKeysAndAConditionalReadIs304() throws Exception {
        HttpResponse<String> product = HttpSupport.get("/api/products/organic-cotton-t-shirt");
        assertEquals(200, product.statusCode());
        assertTrue(header(product, "Cache-Control").contains("public"), product.headers().map().toString());
        assertTrue(header(product, "Cache-Control").contains("s-maxage="), product.headers().map().toString());
        String etag = header(product, "ETag");
        assertTrue(etag.startsWith("\"") && etag.length() > 10, "a strong tag: " + etag);
        List<String> keys = List.of(header(product, "Surrogate-Key").split(" "));
        assertTrue(keys.contains("product-APP-TSH-001"), "the product's key: " + keys);
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("category-")), "its category's key: " + keys);

        HttpResponse<String> same = HttpSupport.send("GET", "/api/products/organic-cotton-t-shirt", null, "If-None-Match", etag);
        assertEquals(304, same.statusCode(), "the same answer is not sent again");
        assertEquals("", same.body());
        assertEquals(etag, header(same, "ETag"));
        assertEquals(200, HttpSupport.send("GET", "/api/products/organic-cotton-t-shirt", null, "If-None-Match", "\"other\"")
                .statusCode(), "another tag gets the answer");
        HttpResponse<String> usd = HttpSupport.get("/api/products/organic-cotton-t-shirt?currency=USD");
        assertNotEquals(etag, header(usd, "ETag"), "another currency is another answer");

        HttpResponse<String> head = HttpSupport.sendOutsideContract("HEAD", "/api/products/organic-cotton-t-shirt", null);
        assertEquals(200, head.statusCode());
        assertEquals("no-cache", header(head, "Cache-Control"), "a HEAD has no body to tag: revalidated");
        assertEquals("", header(head, "Surrogate-Key"));
    }

    @Test
    void onlyTheCatalogsPublicReadsAreShared() throws Exception {
        HttpResponse<String> missing = HttpSupport.get("/api/products/no-such-product-anywhere");
        assertEquals(404, missing.statusCode());
        assertEquals("private, no-store", header(missing, "Cache-Control"), "a public read's error is not shared");
        assertEquals("", header(missing, "ETag"));
        HttpResponse<String> cart = HttpSupport.getOutsideContract("/api/carts/" + java.util.UUID.randomUUID());
        assertEquals("private, no-store", header(cart, "Cache-Control"), "an anonymous read that is no catalog read: " + cart.statusCode());
        assertEquals("", header(cart, "Surrogate-Key"));
    }

    @Test
    void aListingsTagChangesWhenTheCatalogDoes() throws Exception {
        String path = "/api/products?category=tops&size=100";
        HttpResponse<String> before = HttpSupport.get(path);
        assertTrue(header(before, "Surrogate-Key").contains("listing-tops"), before.headers().map().toString());
        DatabaseSupport.insertProduct("tops", "cache-headers-test-tee", "CHT-0001", "Cache Headers Tee", "19.00");
        try {
            HttpResponse<String> after = HttpSupport.send("GET", path, null, "If-None-Match", header(before, "ETag"));
            assertEquals(200, after.statusCode(), "a new product in the listing makes its old copy stale");
            assertTrue(header(after, "Surrogate-Key").contains("product-CHT-0001"), after.headers().map().toString());
        } finally {
            DatabaseSupport.deleteProduct("cache-headers-test-tee");
        }
        HttpResponse<String> search = HttpSupport.get("/api/search?q=shirt");
        assertTrue(header(search, "Surrogate-Key").contains("search"), search.headers().map().toString());
        HttpResponse<String> categories = HttpSupport.get("/api/categories");
        assertEquals("categories", header(categories, "Surrogate-Key"));
    }

    @Test
    void personalAnswersAreNeverStored() throws Exception {
        String token = StaffSupport.adminToken();
        HttpResponse<String> withToken = HttpSupport.send("GET", "/api/products/organic-cotton-t-shirt", null,
                "Authorization", "Bearer " + token);
        assertEquals(200, withToken.statusCode());
        assertEquals("private, no-store", header(withToken, "Cache-Control"), "asked with a token: personal");
        assertEquals("", header(withToken, "Surrogate-Key"));
        assertEquals("private, no-store", header(HttpSupport.send("GET", "/api/admin/orders", null, "Authorization", "Bearer " + token),
                "Cache-Control"));
        assertEquals("private, no-store", header(HttpSupport.getOutsideContract("/api/me"), "Cache-Control"), "even refused");
        assertEquals("private, no-store", header(HttpSupport.getOutsideContract("/account/orders.xhtml"), "Cache-Control"));
        assertEquals("private, no-store", header(HttpSupport.getOutsideContract("/checkout.xhtml"), "Cache-Control"));
        assertEquals("private, no-store", header(HttpSupport.sendOutsideContract("GET", "/api/products/organic-cotton-t-shirt", null,
                "Cookie", "JSESSIONID=someone"), "Cache-Control"), "a visitor with a session");

        HttpResponse<String> category = HttpSupport.getOutsideContract("/category.xhtml?c=apparel");
        assertEquals(200, category.statusCode());
        assertEquals("no-cache", header(category, "Cache-Control"), "an anonymous catalog page: revalidated, never shared as is");
        assertFalse(category.headers().firstValue("Set-Cookie").isPresent(), "and no session");
        HttpResponse<String> productPage = HttpSupport.getOutsideContract("/product.xhtml?slug=organic-cotton-t-shirt");
        assertEquals(200, productPage.statusCode());
        assertEquals("no-cache", header(productPage, "Cache-Control"), "the product page, with its form, is stateless too");
        assertFalse(productPage.headers().firstValue("Set-Cookie").isPresent(), "and starts no session");
    }
}
