package io.openshop.systemtest.review;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers.Customer;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviews through the API and on the product page: a customer's review stays hidden until a
 * moderator publishes it, then counts in the average; one review per customer and product; only
 * customers write and only staff moderate; and review text with markup comes out escaped in the
 * page's HTML and in its JSON-LD.
 */
@ExtendWith(SharedDeployment.class)
class ReviewsIT {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    /** A fresh product nobody has reviewed; its slug. */
    private static String newProduct() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("19.90", 5);
        return CommerceSupport.text("select slug from product where sku = ?", sku);
    }

    private static String review(int rating, String title, String body) {
        return Json.createObjectBuilder().add("rating", rating).add("title", title).add("body", body)
                // fields a customer may not set are ignored
                .add("status", "PUBLISHED").add("author", "Someone else").build().toString();
    }

    private static HttpResponse<String> post(String slug, String token, String json) throws Exception {
        return token == null ? HttpSupport.send("POST", "/api/products/" + slug + "/reviews", json)
                : HttpSupport.send("POST", "/api/products/" + slug + "/reviews", json, "Authorization", "Bearer " + token);
    }

    private static long posted(String slug, Customer c, int rating, String title, String body) throws Exception {
        HttpResponse<String> created = post(slug, c.token(), review(rating, title, body));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject r = HttpSupport.json(created);
        assertEquals("PENDING", r.getString("status"), "a new review waits for moderation whatever the body says");
        assertEquals(c.name(), r.getString("author"));
        return r.getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> moderate(String token, long id, String decision) throws Exception {
        return HttpSupport.send("POST", "/api/admin/reviews/" + id + "/" + decision, null, "Authorization", "Bearer " + token);
    }

    private static JsonObject published(String slug, String query) throws Exception {
        HttpResponse<String> page = HttpSupport.get("/api/products/" + slug + "/reviews" + query);
        assertEquals(200, page.statusCode(), page.body());
        return HttpSupport.json(page);
    }

    @Test
    void aReviewIsHiddenUntilAModeratorPublishesItAndThenCountsInTheAverage() throws Exception {
        String slug = newProduct();
        Customer anna = SignedUpCustomers.newCustomer("rev-anna", "Anna Reviewer");
        Customer ben = SignedUpCustomers.newCustomer("rev-ben", "Ben Reviewer");
        String admin = SignedUpCustomers.adminToken();

        long first = posted(slug, anna, 5, "Lovely", "Keeps its shape after many washes.");
        JsonObject before = published(slug, "");
        assertEquals(0, before.getJsonObject("summary").getInt("count"), "pending reviews are not counted");
        assertFalse(before.getJsonObject("summary").containsKey("average"));
        assertEquals(0, before.getJsonArray("items").size(), "pending reviews are not shown");

        HttpResponse<String> queue = HttpSupport.send("GET", "/api/admin/reviews?size=100", null, "Authorization", "Bearer " + admin);
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(ids(HttpSupport.json(queue).getJsonArray("items")).contains(first), "the queue holds the new review");

        HttpResponse<String> publish = moderate(admin, first, "publish");
        assertEquals(200, publish.statusCode(), publish.body());
        assertEquals("PUBLISHED", HttpSupport.json(publish).getString("status"));
        assertEquals(409, moderate(admin, first, "publish").statusCode(), "publishing twice is refused");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'REVIEW_PUBLISHED' and target = ?"
                + " and actor = ? and before->>'status' = 'PENDING' and after->>'status' = 'PUBLISHED'",
                "review:" + first, TestSettings.adminEmail()), "the decision is audited once");

        JsonObject after = published(slug, "");
        assertEquals(1, after.getJsonObject("summary").getInt("count"));
        assertEquals(new BigDecimal("5.0"), after.getJsonObject("summary").getJsonNumber("average").bigDecimalValue());
        JsonObject shown = after.getJsonArray("items").getJsonObject(0);
        assertEquals("Lovely", shown.getString("title"));
        assertEquals("Anna Reviewer", shown.getString("author"));
        assertEquals(5, shown.getInt("rating"));

        // a support agent may moderate too
        long second = posted(slug, ben, 2, "Shrank", "Lost a size in the first wash.");
        String support = SignedUpCustomers.newStaffToken("SUPPORT");
        assertEquals(200, moderate(support, second, "publish").statusCode());
        JsonObject both = published(slug, "");
        assertEquals(2, both.getJsonObject("summary").getInt("count"));
        assertEquals(new BigDecimal("3.5"), both.getJsonObject("summary").getJsonNumber("average").bigDecimalValue());
        assertEquals(List.of(second, first), ids(both.getJsonArray("items")), "newest first");

        // taking one down takes it out of the average
        assertEquals(200, moderate(admin, second, "reject").statusCode());
        JsonObject taken = published(slug, "");
        assertEquals(1, taken.getJsonObject("summary").getInt("count"));
        assertEquals(new BigDecimal("5.0"), taken.getJsonObject("summary").getJsonNumber("average").bigDecimalValue());
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'REVIEW_REJECTED' and target = ?",
                "review:" + second));
    }

    @Test
    void aCustomerReviewsAProductOnce() throws Exception {
        String slug = newProduct();
        Customer cara = SignedUpCustomers.newCustomer("rev-cara");
        posted(slug, cara, 4, "Good", "Does the job.");
        HttpResponse<String> again = post(slug, cara.token(), review(1, "Changed my mind", "Second thoughts."));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(HttpSupport.contentType(again).startsWith("application/problem+json"));
        assertTrue(HttpSupport.json(again).getString("detail").contains("already reviewed"));
        assertEquals(1, DatabaseSupport.count("select count(*) from product_review r join app_user u on u.id = r.customer_id"
                + " where u.email = ?", cara.email()));
    }

    @Test
    void concurrentSecondReviewsMeetTheUniqueKeyAndAre409NotErrors() throws Exception {
        String slug = newProduct();
        Customer gus = SignedUpCustomers.newCustomer("rev-gus");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                sent.add(pool.submit(() -> post(slug, gus.token(), review(3, "Try " + n, "Sent at once."))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var f : sent) {
                statuses.add(f.get().statusCode());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one is stored: " + statuses);
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "the others are told why: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, DatabaseSupport.count("select count(*) from product_review r join product p on p.id = r.product_id"
                + " where p.slug = ?", slug));
    }

    @Test
    void aCustomersReviewsAreInTheirDataExportAndGoWithErasureAndTheAverageFollows() throws Exception {
        String slug = newProduct();
        String admin = SignedUpCustomers.adminToken();
        Customer stays = SignedUpCustomers.newCustomer("rev-stays");
        Customer leaves = SignedUpCustomers.newCustomer("rev-leaves");
        assertEquals(200, moderate(admin, posted(slug, stays, 5, "Staying", "Still like it."), "publish").statusCode());
        assertEquals(200, moderate(admin, posted(slug, leaves, 1, "Leaving", "My words, my data."), "publish").statusCode());
        assertEquals(new BigDecimal("3.0"), published(slug, "").getJsonObject("summary").getJsonNumber("average").bigDecimalValue());

        HttpResponse<String> exported = HttpSupport.send("GET", "/api/me/export", null, "Authorization", "Bearer " + leaves.token());
        assertEquals(200, exported.statusCode(), exported.body());
        JsonArray written = HttpSupport.json(exported).getJsonArray("reviews");
        assertEquals(1, written.size(), exported.body());
        assertEquals("My words, my data.", written.getJsonObject(0).getString("body"));
        assertEquals(slug, written.getJsonObject(0).getString("productSlug"));

        HttpResponse<String> erased = HttpSupport.send("POST", "/api/me/erase",
                Json.createObjectBuilder().add("password", SignedUpCustomers.PASSWORD).build().toString(),
                "Authorization", "Bearer " + leaves.token());
        assertEquals(204, erased.statusCode(), erased.body());
        JsonObject after = published(slug, "");
        assertEquals(1, after.getJsonObject("summary").getInt("count"), "the erased customer's review is gone");
        assertEquals(new BigDecimal("5.0"), after.getJsonObject("summary").getJsonNumber("average").bigDecimalValue());
        assertEquals(0, DatabaseSupport.count("select count(*) from product_review where body = 'My words, my data.'"));
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsStored() throws Exception {
        String slug = newProduct();
        Customer dan = SignedUpCustomers.newCustomer("rev-dan");
        String[][] cases = {
                {review(6, "Too many stars", "Text"), "rating"},
                {review(0, "Too few stars", "Text"), "rating"},
                {"{\"title\": \"No rating\", \"body\": \"Text\"}", "rating"},
                {review(3, "x".repeat(121), "Text"), "title"},
                {review(3, "  ", "Text"), "title"},
                {review(3, "Long", "y".repeat(4001)), "body"},
                {review(3, "Empty", ""), "body"},
        };
        for (String[] c : cases) {
            HttpResponse<String> refused = post(slug, dan.token(), c[0]);
            assertEquals(400, refused.statusCode(), c[1] + ": " + refused.body());
            assertTrue(HttpSupport.contentType(refused).startsWith("application/problem+json"));
            assertTrue(HttpSupport.json(refused).getJsonObject("errors").containsKey(c[1]), refused.body());
            assertFalse(refused.body().contains("Exception"), "no stack trace");
        }
        HttpResponse<String> notJson = post(slug, dan.token(), "{rating: ");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(404, post("no-such-product-here", dan.token(), review(3, "Fine", "Fine")).statusCode());
        assertEquals(0, DatabaseSupport.count("select count(*) from product_review r join product p on p.id = r.product_id"
                + " where p.slug = ?", slug));
        // the last good one goes in, at the edge of every limit
        posted(slug, dan, 1, "x".repeat(120), "y".repeat(4000));
    }

    @Test
    void onlyCustomersWriteAndOnlyStaffModerate() throws Exception {
        String slug = newProduct();
        HttpResponse<String> anonymous = post(slug, null, review(5, "Anonymous", "Who am I?"));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(HttpSupport.contentType(anonymous).startsWith("application/problem+json"));

        Customer eve = SignedUpCustomers.newCustomer("rev-eve");
        long id = posted(slug, eve, 5, "My own product is great", "Trust me.");
        assertEquals(403, moderate(eve.token(), id, "publish").statusCode(), "a customer cannot publish, not even their own");
        HttpResponse<String> queue = HttpSupport.send("GET", "/api/admin/reviews", null, "Authorization", "Bearer " + eve.token());
        assertEquals(403, queue.statusCode(), queue.body());
        assertEquals(401, HttpSupport.send("POST", "/api/admin/reviews/" + id + "/publish", null).statusCode());
        assertEquals(403, moderate(SignedUpCustomers.newStaffToken("FULFILMENT"), id, "publish").statusCode(),
                "fulfilment staff do not moderate");
        assertEquals(200, moderate(SignedUpCustomers.newStaffToken("CATALOG_MANAGER"), id, "reject").statusCode());
        assertEquals(0, published(slug, "").getJsonObject("summary").getInt("count"));
        assertEquals("REJECTED", CommerceSupport.text("select status from product_review where id = ?", id));
    }

    @Test
    void pagesAreKeysetPagesNewestFirst() throws Exception {
        String slug = newProduct();
        String admin = SignedUpCustomers.adminToken();
        List<Long> written = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long id = posted(slug, SignedUpCustomers.newCustomer("rev-page" + i), i + 2, "Review " + i, "Text " + i);
            assertEquals(200, moderate(admin, id, "publish").statusCode());
            written.add(0, id);
        }
        JsonObject first = published(slug, "?size=2");
        assertEquals(written.subList(0, 2), ids(first.getJsonArray("items")));
        assertEquals(3, first.getJsonObject("summary").getInt("count"));
        assertEquals(new BigDecimal("4.0"), first.getJsonObject("summary").getJsonNumber("average").bigDecimalValue());
        String next = first.getString("next");
        // a review published meanwhile does not shift the next page
        long newer = posted(slug, SignedUpCustomers.newCustomer("rev-page4"), 5, "Review 4", "Text 4");
        assertEquals(200, moderate(admin, newer, "publish").statusCode());
        JsonObject second = published(slug, "?size=2&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertEquals(written.subList(2, 3), ids(second.getJsonArray("items")));
        assertFalse(second.containsKey("next"), "the last page has no next cursor");

        HttpResponse<String> forged = HttpSupport.get("/api/products/" + slug + "/reviews?after=bm9wZQ");
        assertEquals(400, forged.statusCode(), forged.body());
        assertEquals(400, HttpSupport.get("/api/products/" + slug + "/reviews?size=51").statusCode());
        assertEquals(400, HttpSupport.get("/api/products/" + slug + "/reviews?size=abc").statusCode());
    }

    @Test
    void aCustomerWhoReceivedTheProductIsAVerifiedBuyer() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.00", 5);
        String slug = CommerceSupport.text("select slug from product where sku = ?", sku);
        Customer buyer = SignedUpCustomers.newCustomer("rev-buyer");
        Customer browser = SignedUpCustomers.newCustomer("rev-browser");
        HttpResponse<String> placed = CommerceSupport.checkout(
                CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), buyer.email(), null).build().toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        // stands in for fulfilment (paid, shipped, delivered), which has no API yet
        CommerceSupport.execute("update customer_order set status = 'DELIVERED' where number = ?", HttpSupport.json(placed).getString("number"));

        HttpResponse<String> bought = post(slug, buyer.token(), review(5, "Bought it", "Arrived fine."));
        assertEquals(201, bought.statusCode(), bought.body());
        assertTrue(HttpSupport.json(bought).getBoolean("verifiedPurchase"));
        HttpResponse<String> notBought = post(slug, browser.token(), review(4, "Saw it", "Looks fine."));
        assertEquals(201, notBought.statusCode(), notBought.body());
        assertFalse(HttpSupport.json(notBought).getBoolean("verifiedPurchase"), "any customer may review, unverified");
    }

    @Test
    void reviewTextWithMarkupIsEscapedInThePageAndItsJsonLd() throws Exception {
        String slug = newProduct();
        String admin = SignedUpCustomers.adminToken();
        String before = WebSessionPages.productPage(slug);
        assertFalse(jsonLd(before).containsKey("aggregateRating"), "no rating data without published reviews");
        assertFalse(jsonLd(before).containsKey("review"));

        String title = "</script><script>alert('t')</script>";
        String body = "<img src=x onerror=alert(1)> \"quoted\" &\u2028</SCRIPT><b>bold</b> <!-- end";
        Customer mallory = SignedUpCustomers.newCustomer("rev-mallory", "<i>Mallory</i>");
        long id = posted(slug, mallory, 1, title, body);
        assertFalse(WebSessionPages.productPage(slug).contains("alert"), "a pending review is not on the page");
        assertEquals(200, moderate(admin, id, "publish").statusCode());

        String html = WebSessionPages.productPage(slug);
        assertFalse(html.contains("<script>alert"), "the title's markup is not markup");
        assertFalse(html.contains("<img src=x"), "the body's markup is not markup");
        assertFalse(html.contains("<b>bold"));
        assertFalse(html.contains("<i>Mallory"), "the author's name is escaped too");
        assertTrue(html.contains("&lt;script&gt;alert('t')&lt;/script&gt;") || html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"),
                "the title is shown, escaped");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the body is shown, escaped");
        assertTrue(html.contains("&lt;i&gt;Mallory&lt;/i&gt;"));

        Matcher scripts = JSON_LD.matcher(html);
        assertTrue(scripts.find(), "the page has its JSON-LD");
        String raw = scripts.group(1);
        assertFalse(raw.toLowerCase(Locale.ROOT).contains("</script"), "nothing in the data can end the script element");
        assertFalse(raw.contains("<"), "no '<' at all inside the script element");
        JsonObject data = jsonLd(html);
        JsonObject rating = data.getJsonObject("aggregateRating");
        assertNotNull(rating, data.toString());
        assertEquals("AggregateRating", rating.getString("@type"));
        assertEquals("1.0", rating.getString("ratingValue"));
        assertEquals(1, rating.getInt("reviewCount"));
        JsonObject review = data.getJsonArray("review").getJsonObject(0);
        assertEquals(title, review.getString("name"), "the data carries the text exactly, encoded for JSON");
        assertEquals(body, review.getString("reviewBody"));
        assertEquals("<i>Mallory</i>", review.getJsonObject("author").getString("name"));
    }

    @Test
    void aSignedInCustomerWritesAReviewOnTheProductPageAndIsToldWhatIsWrong() throws Exception {
        String slug = newProduct();
        Customer fay = SignedUpCustomers.newCustomer("rev-fay", "Fay Formfiller");
        String anonymous = WebSessionPages.productPage(slug);
        assertTrue(anonymous.contains("No reviews yet."));
        assertTrue(anonymous.contains("to write a review"), "anonymous shoppers are invited to sign in");
        assertFalse(anonymous.contains("id=\"review\""), "and get no form (and no view state)");

        WebSession session = new WebSession();
        assertTrue(WebSession.isRedirect(session.signIn(fay.email(), SignedUpCustomers.PASSWORD)));
        HttpResponse<String> page = session.get("/product.xhtml?slug=" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<label for=\"review:rating\""), "the rating has a label");
        assertTrue(page.body().contains("<label for=\"review:title\""), "the title has a label");
        assertTrue(page.body().contains("<label for=\"review:body\""), "the text has a label");

        HttpResponse<String> refused = session.submit(page, "review", java.util.Map.of("rating", "", "title", "Nice", "body", "Soft."), "submit");
        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Rating is required."), "a message says what is wrong");
        refused = session.submit(refused, "review", java.util.Map.of("rating", "4", "title", "x".repeat(121), "body", "Soft."), "submit");
        assertTrue(refused.body().contains("Title must be at most 120 characters."), refused.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from product_review r join app_user u on u.id = r.customer_id"
                + " where u.email = ?", fay.email()));

        HttpResponse<String> sent = session.submit(refused, "review", java.util.Map.of("rating", "4", "title", "Nice <b>and</b> soft", "body", "Soft."), "submit");
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("Thank you for your review."), sent.body());
        assertEquals("PENDING", CommerceSupport.text("select r.status from product_review r join app_user u on u.id = r.customer_id"
                + " where u.email = ?", fay.email()));
        String again = session.get("/product.xhtml?slug=" + slug).body();
        assertTrue(again.contains("You reviewed this product on"), "the customer sees their own review's state");
        assertFalse(again.contains("id=\"review\""), "and no second form");
        assertTrue(again.contains("No reviews yet."), "it is not shown before moderation");
    }

    private static JsonObject jsonLd(String html) {
        Matcher m = JSON_LD.matcher(html);
        assertTrue(m.find(), "no JSON-LD on the page");
        try (JsonReader reader = Json.createReader(new StringReader(m.group(1)))) {
            return reader.readObject();
        }
    }

    private static List<Long> ids(JsonArray items) {
        return items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** The product page as an anonymous shopper gets it. */
    private static final class WebSessionPages {
        static String productPage(String slug) throws Exception {
            HttpResponse<String> page = new WebSession().get("/product.xhtml?slug=" + slug);
            assertEquals(200, page.statusCode(), page.body());
            return page.body();
        }
    }
}
