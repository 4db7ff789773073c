package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product page a visitor without a session reads starts no session (so an HTTP cache may keep
 * it), and its "Add to cart" still works from it; a post forged on another site (its Origin
 * names that site) adds nothing and starts no session.
 */
@ExtendWith(SharedDeployment.class)
class StatelessProductPageIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]*)\"");

    @Test
    void aVisitorWithoutASessionReadsTheProductPageStatelessAndAddsToTheCartFromIt() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.00", 5);
        String slug = CommerceSupport.text("select slug from product where sku = ?", sku);
        WebSession visitor = new WebSession();
        HttpResponse<String> page = visitor.get("/product.xhtml?slug=" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(visitor.sessionId().isEmpty(), "reading the page started no session");
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "the form has its view state");
        assertEquals("stateless", state.group(1), "a stateless view");

        HttpResponse<String> forged = forgedPost(page, slug, sku);
        assertTrue(WebSession.isRedirect(forged), "the forged post is sent back: " + forged.statusCode() + " " + forged.body());
        assertTrue(WebSession.location(forged).contains("/product.xhtml"), WebSession.location(forged));
        assertFalse(forged.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "a forged post starts no session: " + forged.headers().map());

        HttpResponse<String> cart = visitor.follow(visitor.submit(page, "add-to-cart", Map.of("quantity", "2"), "add"));
        assertEquals(200, cart.statusCode());
        assertTrue(cart.uri().getPath().endsWith("/cart.xhtml"), cart.uri().toString());
        assertTrue(cart.body().contains(sku), "the cart holds what was added from the stateless page");
        assertTrue(visitor.sessionId().isPresent(), "the cart is the visitor's session");
    }

    /** The page's own form, posted with another site's Origin (what a cross-site form sends), by a browser without cookies. */
    private static HttpResponse<String> forgedPost(HttpResponse<String> page, String slug, String sku) throws Exception {
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find());
        Matcher nonce = NONCE.matcher(page.body());
        assertTrue(nonce.find(), "the form carries the page's nonce");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("add-to-cart", "add-to-cart");
        fields.put("jakarta.faces.ViewState", state.group(1));
        fields.put("primefaces.nonce", nonce.group(1));
        fields.put("slug", slug);
        fields.put("sku", sku);
        fields.put("add-to-cart:quantity", "1");
        fields.put("add-to-cart:add", "Add to cart");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve("/product.xhtml");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
