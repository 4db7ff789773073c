package io.openshop.systemtest.integration;

import com.sun.net.httpserver.HttpServer;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WebSession;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Domain events and webhooks against the deployed shop and a subscriber on this machine (the
 * JDK's HTTP server): an order placed and paid and its stock reserved reach the subscriber as
 * events numbered in their aggregate's sequence (deliveries may arrive out of order; the number
 * tells), each signed as docs/integrations.md says (checked here
 * with the JDK's own HMAC, not the shop's code); a refused change writes no event; a subscriber
 * answering 5xx is tried again until it answers 2xx; one answering 4xx is not retried; an
 * administrator replays a refused delivery and it arrives.
 */
@ExtendWith(SharedDeployment.class)
class WebhooksIT {

    /** What the subscriber received: path, headers, body, when. */
    record Received(String path, String signature, String eventHeader, String body, Instant at) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private HttpServer subscriber;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Per path, the status codes to answer in turn; the last one repeats. */
    private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<Long> subscriptions = new ArrayList<>();
    private String admin;

    @BeforeEach
    void startSubscriber() throws Exception {
        subscriber = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        subscriber.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("Webhook-Signature"),
                    exchange.getRequestHeaders().getFirst("Webhook-Event"), new String(body, StandardCharsets.UTF_8), Instant.now()));
            List<Integer> codes = answers.getOrDefault(path, List.of(200));
            int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
            exchange.sendResponseHeaders(codes.get(Math.min(call, codes.size() - 1)), -1);
            exchange.close();
        });
        subscriber.start();
        admin = StaffSupport.adminToken();
    }

    @AfterEach
    void stopSubscriber() throws Exception {
        // first, so that nothing pending is sent to a closed port; also one whose answer a failed assertion never read
        CommerceSupport.execute("update webhook_subscription set active = false where url like ?",
                "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/%");
        for (long id : subscriptions) {
            assertEquals(200, StaffSupport.as(admin, "DELETE", "/api/admin/webhooks/" + id, null).statusCode());
        }
        subscriber.stop(0);
    }

    private String subscribe(String path, String... events) throws Exception {
        String url = "http://127.0.0.1:" + subscriber.getAddress().getPort() + path;
        String body = Json.createObjectBuilder().add("url", url).add("events", Json.createArrayBuilder(List.of(events))).build().toString();
        HttpResponse<String> made = StaffSupport.as(admin, "POST", "/api/admin/webhooks", body);
        assertEquals(201, made.statusCode(), made.body());
        JsonObject answer = HttpSupport.json(made);
        subscriptions.add(answer.getJsonObject("subscription").getJsonNumber("id").longValue());
        String secret = answer.getString("secret");
        assertTrue(secret.length() >= 32, "a strong secret");
        HttpResponse<String> listed = StaffSupport.as(admin, "GET", "/api/admin/webhooks", null);
        assertTrue(!listed.body().contains(secret), "the secret is shown once, never listed");
        return secret;
    }

    private static boolean signedWith(String secret, Received r) throws Exception {
        String[] parts = r.signature().split(",");
        String t = parts[0].substring(2);
        String v1 = parts[1].substring(3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(v1) && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 300;
    }

    private List<Received> at(String path, String aggregateId) {
        return received.stream().filter(r -> r.path().equals(path))
                .filter(r -> aggregateId == null || r.json().getJsonObject("aggregate").getString("id").equals(aggregateId)).toList();
    }

    private JsonArray deliveries(long subscription) throws Exception {
        HttpResponse<String> log = StaffSupport.as(admin, "GET", "/api/admin/webhooks/" + subscription + "/deliveries", null);
        assertEquals(200, log.statusCode(), log.body());
        try (JsonReader reader = Json.createReader(new StringReader(log.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void committedChangesArriveSignedInSequenceAndRefusedOnesWriteNoEvent() throws Exception {
        String secret = subscribe("/orders", "ORDER_PLACED", "ORDER_PAID", "STOCK_CHANGED");
        String sku = CommerceSupport.newSkuWithStock("15.00", 4);
        String number = WorkflowSupport.place(sku, 2, "hook-" + System.nanoTime() + "@example.org");
        assertEquals(200, WorkflowSupport.capture(number, admin, CommerceSupport.newKey()).statusCode());
        MailSupport.await(30, () -> at("/orders", number).size() >= 2);
        // deliveries run in parallel, so they may arrive out of order: the aggregate's sequence tells the order (documented)
        List<Received> order = at("/orders", number).stream()
                .sorted(java.util.Comparator.comparingLong(r -> r.json().getJsonObject("aggregate").getJsonNumber("sequence").longValue())).toList();
        assertEquals(List.of("ORDER_PLACED", "ORDER_PAID"), order.stream().map(r -> r.json().getString("type")).toList());
        assertEquals(List.of(1L, 2L), order.stream().map(r -> r.json().getJsonObject("aggregate").getJsonNumber("sequence").longValue()).toList(),
                "the order's own sequence, without a gap");
        for (Received r : order) {
            assertTrue(signedWith(secret, r), "signed as documented: " + r.signature());
            assertEquals(r.json().getString("type"), r.eventHeader());
        }
        JsonObject paid = order.get(1).json().getJsonObject("data");
        assertEquals("PAID", paid.getString("to"));
        assertEquals(number, paid.getString("number"));
        MailSupport.await(30, () -> stockEventArrived(sku));
        assertTrue(stockEventArrived(sku), "the reservation's stock change arrived too");

        // a refused adjustment and a refused checkout roll back: no event is written for them
        long stockEvents = DatabaseSupport.count("select count(*) from domain_event where type = 'STOCK_CHANGED' and payload->>'sku' = ?", sku);
        long placed = DatabaseSupport.count("select count(*) from domain_event where type = 'ORDER_PLACED'");
        String warehouse = CommerceSupport.text("select w.code from stock_level s join warehouse w on w.id = s.warehouse_id"
                + " join product_variant v on v.id = s.variant_id where v.sku = ?", sku);
        HttpResponse<String> refused = StaffSupport.as(admin, "POST", "/api/admin/inventory/" + sku + "/adjustments",
                Json.createObjectBuilder().add("warehouse", warehouse).add("reason", "DAMAGED").add("quantity", 99).build().toString());
        assertEquals(400, refused.statusCode(), refused.body());
        HttpResponse<String> soldOut = CommerceSupport.checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 3),
                "hook-none@example.org", null).build().toString(), CommerceSupport.newKey());
        assertTrue(soldOut.statusCode() >= 400, "two are left: " + soldOut.body());
        assertEquals(stockEvents, DatabaseSupport.count("select count(*) from domain_event where type = 'STOCK_CHANGED' and payload->>'sku' = ?", sku));
        assertEquals(placed, DatabaseSupport.count("select count(*) from domain_event where type = 'ORDER_PLACED'"));
    }

    @Test
    void fiveHundredsAreRetriedUntilDeliveredAndFourHundredsAreNotRetriedButCanBeReplayed() throws Exception {
        answers.put("/flaky", List.of(500, 503, 200));
        answers.put("/refuses", List.of(422, 200));
        subscribe("/flaky", "PRODUCT_CHANGED");
        subscribe("/refuses", "PRODUCT_CHANGED");
        long flaky = subscriptions.get(0);
        long refuses = subscriptions.get(1);
        String sku = CommerceSupport.newSkuWithStock("30.00", 1);
        CommerceSupport.execute("update product set price_amount = 31.00 where sku = ?", sku);

        MailSupport.await(90, () -> at("/flaky", sku).size() == 3);
        List<Received> tries = at("/flaky", sku);
        assertTrue(tries.stream().allMatch(r -> r.body().equals(tries.get(0).body())), "the same event each time");
        assertTrue(Duration.between(tries.get(0).at(), tries.get(1).at()).toMillis() >= 900, "a wait before the first retry");
        assertTrue(Duration.between(tries.get(0).at(), tries.get(2).at()).toMillis() >= 2_900, "longer waits after it: 1 s, then 2 s");
        MailSupport.awaitSql(30, () -> deliveryStatus(flaky, sku).equals("DELIVERED"));
        JsonObject delivered = latest(flaky);
        assertEquals("DELIVERED", delivered.getString("status"));
        assertEquals(3, delivered.getInt("attempts"));
        assertEquals(200, delivered.getInt("lastStatusCode"));

        MailSupport.await(30, () -> at("/refuses", sku).size() == 1);
        MailSupport.awaitSql(30, () -> deliveryStatus(refuses, sku).equals("FAILED"));
        Thread.sleep(7_000); // longer than the retry timer's period and the first retry's wait
        assertEquals(1, at("/refuses", sku).size(), "a 4xx answer is never retried");
        JsonObject failed = latest(refuses);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(1, failed.getInt("attempts"));
        assertEquals(422, failed.getInt("lastStatusCode"));

        HttpResponse<String> replay = StaffSupport.as(admin, "POST", "/api/admin/webhooks/deliveries/" + failed.getJsonNumber("id").longValue()
                + "/replay", null);
        assertEquals(200, replay.statusCode(), replay.body());
        MailSupport.await(30, () -> at("/refuses", sku).size() == 2);
        MailSupport.awaitSql(30, () -> deliveryStatus(refuses, sku).equals("DELIVERED"));
        assertEquals("DELIVERED", latest(refuses).getString("status"), "the replay arrived");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'WEBHOOK_REPLAYED' and target = ?",
                "webhook-delivery:" + failed.getJsonNumber("id").longValue()));
    }

    private boolean stockEventArrived(String sku) {
        return received.stream().anyMatch(r -> r.path().equals("/orders") && r.json().getString("type").equals("STOCK_CHANGED")
                && r.json().getJsonObject("data").getString("sku").equals(sku));
    }

    @Test
    void administratorsSubscribeReadTheLogAndReplayFromTheBackOffice() throws Exception {
        answers.put("/page", List.of(410, 200));
        String url = "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/page";
        WebSession session = StaffSupport.adminSession();
        HttpResponse<String> page = session.get("/admin/webhooks.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> made = session.submit(page, "subscribe", Map.of("url", url, "events", "PRODUCT_CHANGED"), "submit");
        assertTrue(made.body().contains("Copy its signing secret now"), made.body());
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("<code id=\"secret\">(whsec_[A-Za-z0-9_-]+)</code>").matcher(made.body());
        assertTrue(secret.find(), "the secret is shown once, on the page");
        long id = DatabaseSupport.count("select max(id) from webhook_subscription where url = ?", url);
        subscriptions.add(id);
        assertTrue(session.get("/admin/webhooks.xhtml").body().contains(url), "listed");
        assertTrue(!session.get("/admin/webhooks.xhtml").body().contains(secret.group(1)), "the secret is not shown again");

        String sku = CommerceSupport.newSkuWithStock("12.00", 1);
        CommerceSupport.execute("update product set name = name || ' (new)' where sku = ?", sku);
        MailSupport.awaitSql(40, () -> deliveryStatus(id, sku).equals("FAILED"));
        assertEquals("FAILED", deliveryStatus(id, sku), "a 410 is the subscriber's final answer");
        assertTrue(signedWith(secret.group(1), at("/page", sku).get(0)), "signed with the secret the page showed");

        HttpResponse<String> listed = session.get("/admin/webhooks.xhtml");
        List<String> urls = new ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("class=\"subscription-url\">([^<]*)<").matcher(listed.body());
        while (row.find()) {
            urls.add(row.group(1));
        }
        HttpResponse<String> log = session.submit(listed, "list", Map.of(), "subscriptions:" + urls.lastIndexOf(url) + ":show");
        assertTrue(log.body().contains("class=\"delivery-status\">FAILED<"), log.body());
        assertTrue(log.body().contains("class=\"delivery-code\">410<"), "the log shows the answer");
        HttpResponse<String> replayed = session.submit(log, "log", Map.of(), "deliveries:0:replay");
        assertTrue(replayed.body().contains("replayed as delivery"), replayed.body());
        MailSupport.awaitSql(40, () -> deliveryStatus(id, sku).equals("DELIVERED"));
        assertEquals("DELIVERED", deliveryStatus(id, sku), "the replay arrived");
        assertEquals(2, at("/page", sku).size());
    }

    /** The status of the newest delivery to a subscriber of an event about this SKU. */
    private static String deliveryStatus(long subscription, String sku) throws java.sql.SQLException {
        return CommerceSupport.text("select coalesce((select d.status from webhook_delivery d join domain_event e on e.id = d.event_id"
                + " where d.subscription_id = ? and e.aggregate_id = ? order by d.id desc limit 1), 'NONE')", subscription, sku);
    }

    private JsonObject latest(long subscription) throws Exception {
        return deliveries(subscription).getJsonObject(0);
    }
}
