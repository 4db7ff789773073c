package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog editor's API, as a catalog manager uses it: a draft nobody sees until it is
 * published, unpublishing that takes it off every storefront path, options that make variants
 * with their own prices, what price lists charge, and pictures checked by their content; every
 * change names the version it was made against.
 */
@ExtendWith(SharedDeployment.class)
class CatalogEditorIT {

    private static String manager;

    @BeforeAll
    static void signIn() throws Exception {
        manager = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);
    }

    private static HttpResponse<String> as(String method, String path, String json, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + manager;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return HttpSupport.send(method, path, json, all);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> create(String word, String status) throws Exception {
        String slug = "editor-" + word;
        HttpResponse<String> created = as("POST", "/api/admin/catalog/products", Json.createObjectBuilder()
                .add("category", "tops").add("slug", slug).add("sku", "ED-" + word.toUpperCase()).add("name", "Editor " + word + " tee")
                .add("price", 20).add("currency", "EUR").add("status", status).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return created;
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static boolean searchFinds(String word, String slug) throws Exception {
        HttpResponse<String> found = HttpSupport.get("/api/search?q=" + word);
        assertEquals(200, found.statusCode(), found.body());
        return found.body().contains("\"" + slug + "\"");
    }

    @Test
    void aDraftIsInvisibleUntilPublishedAndUnpublishingTakesItOffTheStorefront() throws Exception {
        String word = unique();
        String slug = "editor-" + word;
        String sku = "ED-" + word.toUpperCase();
        HttpResponse<String> created = create(word, "DRAFT");
        assertEquals("DRAFT", HttpSupport.json(created).getString("status"));

        assertEquals(404, HttpSupport.get("/api/products/" + slug).statusCode(), "a draft has no product page");
        assertFalse(searchFinds(word, slug), "a draft is not found");
        assertFalse(HttpSupport.get("/api/products?category=tops&size=100").body().contains(slug), "a draft is not listed");
        HttpResponse<String> cart = HttpSupport.send("POST", "/api/carts", "{}");
        String token = HttpSupport.json(cart).getString("token");
        HttpResponse<String> added = HttpSupport.send("POST", "/api/carts/" + token + "/lines",
                "{\"sku\":\"" + sku + "\",\"quantity\":1}");
        assertEquals(400, added.statusCode(), "a draft is not sold: " + added.body());
        HttpResponse<String> listed = as("GET", "/api/admin/catalog/products?q=" + word + "&status=DRAFT", null);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(1, HttpSupport.json(listed).getJsonArray("items").size(), "staff find the draft: " + listed.body());

        assertEquals(409, as("POST", "/api/admin/catalog/products/" + slug + "/publish", null, "If-Match", "\"999\"").statusCode(),
                "a publish against another version is refused");
        HttpResponse<String> published = as("POST", "/api/admin/catalog/products/" + slug + "/publish", null, "If-Match", etag(created));
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", HttpSupport.json(published).getString("status"));
        assertEquals(200, HttpSupport.get("/api/products/" + slug).statusCode(), "published, it has its page");
        assertTrue(searchFinds(word, slug), "published, it is found");
        assertEquals(200, HttpSupport.send("POST", "/api/carts/" + token + "/lines", "{\"sku\":\"" + sku + "\",\"quantity\":1}")
                .statusCode(), "published, it is sold");

        HttpResponse<String> unpublished = as("POST", "/api/admin/catalog/products/" + slug + "/unpublish", null, "If-Match", etag(published));
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        assertEquals("UNPUBLISHED", HttpSupport.json(unpublished).getString("status"));
        assertEquals(404, HttpSupport.get("/api/products/" + slug).statusCode(), "unpublished, it has no page");
        assertFalse(searchFinds(word, slug), "unpublished, it is not found");
        JsonObject inCart = HttpSupport.json(HttpSupport.get("/api/carts/" + token));
        assertFalse(inCart.getBoolean("sellable"), "a cart that holds it cannot check it out: " + inCart);
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'PRODUCT_PUBLISHED' and target = ?",
                "product:" + slug));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'PRODUCT_UNPUBLISHED' and target = ?",
                "product:" + slug));
        assertEquals(400, as("GET", "/api/admin/catalog/products?status=GONE", null).statusCode(), "an unknown status is a bad input");
    }

    @Test
    void optionsMakeVariantsWithTheirOwnPricesAndPriceListsChargeTheirAmount() throws Exception {
        String word = unique();
        String slug = "editor-" + word;
        String sku = "ED-" + word.toUpperCase();
        HttpResponse<String> created = create(word, "PUBLISHED");

        HttpResponse<String> stale = as("PUT", "/api/admin/catalog/products/" + slug + "/options",
                "{\"options\":[{\"code\":\"size\",\"label\":\"Size\",\"values\":[\"S\",\"M\"]}]}", "If-Match", "\"999\"");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> options = as("PUT", "/api/admin/catalog/products/" + slug + "/options",
                "{\"options\":[{\"code\":\"size\",\"label\":\"Size\",\"values\":[\"S\",\"M\"]}]}", "If-Match", etag(created));
        assertEquals(200, options.statusCode(), options.body());
        var variants = HttpSupport.json(options).getJsonArray("variants");
        assertEquals(2, variants.size(), options.body());
        String medium = variants.getJsonObject(1).getString("sku");
        assertTrue(medium.startsWith(sku), medium);

        HttpResponse<String> priced = as("PUT", "/api/admin/catalog/products/" + slug + "/variant-prices",
                "{\"" + medium + "\":25.5}", "If-Match", etag(options));
        assertEquals(200, priced.statusCode(), priced.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'PRICE_CHANGED' and target = ?",
                "product:" + slug), "a variant's price change is audited");

        HttpResponse<String> unknown = as("PUT", "/api/admin/catalog/products/" + slug + "/list-prices", "{\"no-such-list\":3}",
                "If-Match", etag(priced));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(HttpSupport.json(unknown).getJsonObject("errors").containsKey("priceList"), unknown.body());
        HttpResponse<String> negative = as("PUT", "/api/admin/catalog/products/" + slug + "/list-prices", "{\"usd-standard\":-1}",
                "If-Match", etag(priced));
        assertEquals(400, negative.statusCode(), negative.body());
        HttpResponse<String> listed = as("PUT", "/api/admin/catalog/products/" + slug + "/list-prices", "{\"usd-standard\":31}",
                "If-Match", etag(priced));
        assertEquals(200, listed.statusCode(), listed.body());

        JsonObject eur = HttpSupport.json(HttpSupport.get("/api/products/" + slug + "?currency=EUR"));
        assertEquals(0, eur.getJsonObject("price").getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("20")), eur.toString());
        JsonObject mediumView = eur.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("sku").equals(medium)).findFirst().orElseThrow();
        assertEquals(0, mediumView.getJsonObject("price").getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("25.50")),
                "the storefront charges the variant's own price: " + mediumView);
        JsonObject usd = HttpSupport.json(HttpSupport.get("/api/products/" + slug + "?currency=USD"));
        assertEquals(0, usd.getJsonObject("price").getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("31")),
                "the storefront charges the price list's amount in its currency: " + usd);
        assertEquals(1, DatabaseSupport.count("select count(*) from price_list_entry e join price_list l on l.id = e.price_list_id"
                + " join product p on p.id = e.product_id where l.code = 'usd-standard' and p.slug = ? and e.amount = 31", slug));
    }

    @Test
    void picturesAreCheckedByTheirContentAndKeptInOrder() throws Exception {
        String word = unique();
        String slug = "editor-" + word;
        HttpResponse<String> created = create(word, "DRAFT");

        HttpResponse<String> fake = upload(slug, etag(created), "GIF89a not really a picture".getBytes());
        assertEquals(400, fake.statusCode(), fake.body());
        assertTrue(HttpSupport.json(fake).getJsonObject("errors").containsKey("image"), fake.body());

        HttpResponse<String> first = upload(slug, etag(created), png(Color.RED));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = upload(slug, etag(first), png(Color.BLUE));
        assertEquals(200, second.statusCode(), second.body());
        var images = HttpSupport.json(second).getJsonArray("images");
        assertEquals(2, images.size(), second.body());
        String blue = images.getJsonObject(1).getString("contentHash");
        HttpResponse<String> reordered = as("PUT", "/api/admin/catalog/products/" + slug + "/images/" + blue + "/first", null,
                "If-Match", etag(second));
        assertEquals(200, reordered.statusCode(), reordered.body());
        assertEquals(blue, HttpSupport.json(reordered).getJsonArray("images").getJsonObject(0).getString("contentHash"));
        assertEquals(1, DatabaseSupport.count("select count(*) from product where slug = ? and image_hash = ?", slug, blue),
                "listings show the picture put first");
        assertEquals(200, HttpSupport.get("/api/images/" + blue + "?w=160").statusCode(), "the picture is served");

        HttpResponse<String> removed = as("DELETE", "/api/admin/catalog/products/" + slug + "/images/" + blue, null,
                "If-Match", etag(reordered));
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(1, HttpSupport.json(removed).getJsonArray("images").size());
    }

    private static HttpResponse<String> upload(String slug, String etag, byte[] data) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(TestSettings.baseUri().resolve("api/admin/catalog/products/" + slug + "/images?alt=Front"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + manager).header("If-Match", etag).header("Content-Type", "image/png")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(data)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] png(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
