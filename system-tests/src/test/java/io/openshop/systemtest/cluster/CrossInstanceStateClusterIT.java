package io.openshop.systemtest.cluster;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * State that each instance could keep for itself, checked across the two instances of the
 * cluster, each addressed directly (not through haproxy): a price changed through shop-i1 is
 * what shop-i2 serves within a second, in the product's detail and in its category's listing,
 * although both had it cached; failed sign-ins made on both instances add up to one lock; and
 * the back office's system page, on whichever instance serves it, shows both instances; an order
 * placed through one instance appears within a second on a dashboard's live feed open on the other.
 */
class CrossInstanceStateClusterIT {

    @Test
    void aPriceChangedThroughOneInstanceIsServedByTheOtherWithinASecond() throws Exception {
        String admin = StaffSupport.adminToken();
        String slug = "cluster-price-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = StaffSupport.as(admin, "POST", ClusterSupport.instance(1, "/api/admin/catalog/products"),
                "{\"category\":\"tops\",\"slug\":\"" + slug + "\",\"sku\":\"" + slug.toUpperCase() + "\",\"name\":\"Cluster Shirt\","
                        + "\"description\":\"Twice.\",\"price\":49.5,\"currency\":\"EUR\"}");
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        // both instances read it, so both hold it in their caches
        for (int i = 1; i <= 2; i++) {
            assertEquals(new BigDecimal("49.50"), detailPrice(i, slug), "shop-i" + i + " sells it at 49.50");
            assertEquals(new BigDecimal("49.50"), listedPrice(i, slug), "shop-i" + i + "'s listing of the category shows it");
        }

        HttpResponse<String> changed = HttpSupport.send("PUT", ClusterSupport.instance(1, "/api/admin/catalog/products/" + slug),
                "{\"name\":\"Cluster Shirt\",\"description\":\"Twice.\",\"price\":39,\"currency\":\"EUR\"}",
                "Authorization", "Bearer " + admin, "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        Instant at = Instant.now();

        BigDecimal seen = null;
        Duration took = null;
        while (Duration.between(at, Instant.now()).toMillis() < 1_000) {
            seen = detailPrice(2, slug);
            if (new BigDecimal("39.00").equals(seen)) {
                took = Duration.between(at, Instant.now());
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(new BigDecimal("39.00"), seen, "shop-i2 serves the new price within a second");
        assertEquals(new BigDecimal("39.00"), listedPrice(2, slug), "shop-i2's listing shows the new price too (" + took + ")");
    }

    @Test
    void aNewOrderPlacedThroughOneInstanceReachesADashboardOpenOnTheOtherWithinASecond() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("17.00", 5);
        WebSession staff = new WebSession();
        assertTrue(WebSession.isRedirect(staff.signIn(SignedUpCustomers.newStaff(Roles.FULFILMENT), TestSettings.adminPassword())),
                "the member of staff signed in");
        // the dashboard's live feed, opened through haproxy: it goes to the instance that holds the
        // session, which haproxy names in the session cookie ("shop-i1~…")
        URI feedUri = ClusterSupport.loadBalancer().resolve("admin/live");
        // the cookies exactly as the signed-in session sends them to that address (the id sign-in gave)
        List<String> cookies = staff.cookies.get(feedUri, Map.of()).getOrDefault("Cookie", List.of());
        String session = cookies.stream().flatMap(c -> Arrays.stream(c.split(";\\s*")))
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring("JSESSIONID=".length())).findFirst().orElseThrow();
        int feedOn = session.startsWith(ClusterSupport.name(2) + "~") ? 2 : 1;
        int orderOn = 3 - feedOn;
        HttpRequest feed = HttpRequest.newBuilder(feedUri)
                .header("Cookie", String.join("; ", cookies)).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(feed, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode(), "the feed is served to the signed-in member of staff, not sent to "
                + stream.headers().firstValue("Location").orElse("-") + " (session " + session + ")");
        assertTrue(session.startsWith(ClusterSupport.name(feedOn) + "~"), "the session belongs to " + ClusterSupport.name(feedOn) + ": " + session);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().forEach(lines::add), "live-feed-reader");
        reader.setDaemon(true);
        reader.start();
        assertEquals(": connected", lines.poll(10, TimeUnit.SECONDS), "the feed says it is connected");

        // the order goes through the other instance only
        HttpResponse<String> cart = HttpSupport.send("POST", ClusterSupport.instance(orderOn, "/api/carts"), "{}");
        String token = HttpSupport.json(cart).getString("token");
        assertEquals(200, HttpSupport.send("POST", ClusterSupport.instance(orderOn, "/api/carts/" + token + "/lines"),
                "{\"sku\":\"" + sku + "\",\"quantity\":1}").statusCode());
        HttpResponse<String> placed = HttpSupport.send("POST", ClusterSupport.instance(orderOn, "/api/checkout"),
                CommerceSupport.checkout(token, "live-" + System.nanoTime() + "@example.org", null).build().toString(),
                "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        long answered = System.nanoTime();

        String seen = null;
        while (seen == null && System.nanoTime() - answered < TimeUnit.SECONDS.toNanos(5)) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains("New order " + number)) {
                seen = line;
            }
        }
        long millis = (System.nanoTime() - answered) / 1_000_000;
        assertTrue(seen != null, "the order " + number + " placed on " + ClusterSupport.name(orderOn) + " never reached the dashboard on "
                + ClusterSupport.name(feedOn));
        System.out.println("live feed: order " + number + " placed on " + ClusterSupport.name(orderOn) + " reached the dashboard on "
                + ClusterSupport.name(feedOn) + " " + millis + " ms after its checkout answered");
        assertTrue(millis <= 1_000, "within a second, not " + millis + " ms");
    }

    @Test
    void failedSignInsOnBothInstancesAddUpToOneLock() throws Exception {
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("cluster-lock");
        // both instances have read the account (a right password on each)
        for (int i = 1; i <= 2; i++) {
            assertEquals(200, token(i, customer.email(), SignedUpCustomers.PASSWORD).statusCode(), "signs in on shop-i" + i);
        }
        // five wrong passwords, alternating: neither instance alone saw the limit of five
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, token(1 + attempt % 2, customer.email(), "wrong password " + attempt).statusCode());
        }
        for (int i = 1; i <= 2; i++) {
            HttpResponse<String> right = token(i, customer.email(), SignedUpCustomers.PASSWORD);
            assertEquals(401, right.statusCode(), "the account is locked on shop-i" + i + " too: " + right.body());
        }
    }

    @Test
    void theSystemPageShowsEveryInstanceOfTheCluster() throws Exception {
        WebSession admin = StaffSupport.adminSession();
        HttpResponse<String> page = admin.get("/admin/system.xhtml");
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (int i = 1; i <= 2; i++) {
            int row = i - 1;
            assertTrue(body.matches("(?s).*id=\"instance-" + row + "\">Instance shop-i" + i + ":\\s*<span[^>]*id=\"health-" + row + "\">UP<.*"),
                    "shop-i" + i + " is listed and UP: " + body);
        }
        assertTrue(body.matches("(?s).*<th scope=\"row\">Heap</th><td>[0-9,]+ MB of [0-9,]+ MB</td>.*<th scope=\"row\">Heap</th>.*"),
                "each instance's heap, from its own metrics");
    }

    private static HttpResponse<String> token(int i, String email, String password) throws Exception {
        return HttpSupport.send("POST", ClusterSupport.instance(i, "/api/auth/token"),
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    private static BigDecimal detailPrice(int i, String slug) throws Exception {
        HttpResponse<String> product = HttpSupport.get(ClusterSupport.instance(i, "/api/products/" + slug));
        assertEquals(200, product.statusCode(), product.body());
        return HttpSupport.json(product).getJsonObject("price").getJsonNumber("amount").bigDecimalValue();
    }

    /** The product's price in its category's listing (newest first, so it is on the first page). */
    private static BigDecimal listedPrice(int i, String slug) throws Exception {
        HttpResponse<String> page = HttpSupport.get(ClusterSupport.instance(i, "/api/products?category=tops&size=50"));
        assertEquals(200, page.statusCode(), page.body());
        return HttpSupport.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("shop-i" + i + "'s listing lacks " + slug + ": " + page.body()))
                .getJsonObject("price").getJsonNumber("amount").bigDecimalValue();
    }
}
