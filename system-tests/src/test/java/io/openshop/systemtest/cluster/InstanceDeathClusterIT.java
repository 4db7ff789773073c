package io.openshop.systemtest.cluster;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The death of an instance, on the cluster of {@code ./shop cluster up} (two instances behind
 * haproxy; the tests' base URL is haproxy's). shop-i1 is killed with SIGKILL, as a crash or the
 * kernel's OOM killer would, while it serves
 * <ul>
 * <li>a customer signed in with two items in the cart and half-way through the checkout, and a
 * staff member signed in to the back office (haproxy's cookie prefix pins both to shop-i1);</li>
 * <li>a paid order whose workflow messages sit in shop-i1's own JMS broker (its consumers were
 * paused there with OpenMQ's imqcmd before the order, so no step could run).</li>
 * </ul>
 * Afterwards, served by shop-i2: the customer and the staff member are still signed in, the cart
 * is as it was, the checkout goes on at its step and ends in exactly one order; the held order's
 * steps run on shop-i2 (re-dispatched from the database, DR-4) exactly once; every minute of the
 * reservation expiry ran exactly once in the cluster, on shop-i2 after the kill; the held order's
 * domain events (placed, paid), committed on shop-i1 seconds before it died, reach a webhook
 * subscriber exactly once each (events iff committed: they are rows of the transaction, relayed
 * by whichever instance is alive). Then shop-i1 comes back, its broker delivers the old messages,
 * and nothing happens twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstanceDeathClusterIT {

    private static final String VICTIM = "shop-i1";
    private static final String SURVIVOR = "shop-i2";
    private static final String QUEUE = "ShopOrderEvents";
    private static final Pattern CART_COUNT = Pattern.compile("id=\"cart-count\">(\\d+)<");
    private static final int HELD_QUANTITY = 3;
    /** The steps of an order's workflow (a webhook delivery's or an email's step has another subject). */
    private static final String ORDER_STEPS = "kind in ('COMMIT_STOCK', 'REQUEST_FULFILMENT', 'QUEUE_CONFIRMATION')";

    private static Instant killedAt;
    private static String heldSku;
    private static long heldOnHand;
    private static long heldOrderId;
    private static String heldEmail;
    private static String heldNumber;
    private static HttpServer subscriber;
    private static long subscription;
    /** What the webhook subscriber received: each delivery's Webhook-Id header and body. */
    private static final List<String[]> DELIVERED = new CopyOnWriteArrayList<>();

    @Test
    @Order(1)
    void aShopperAndAStaffMemberKeepTheirSessionsWhenTheirInstanceDies() throws Exception {
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("failover");
        String sku = CommerceSupport.newSkuWithStock("19.90", 50);

        WebSession shopper = pinnedTo(VICTIM);
        assertTrue(WebSession.isRedirect(shopper.signIn(customer.email(), SignedUpCustomers.PASSWORD)), "the customer signs in");
        HttpResponse<String> product = shopper.get("/product.xhtml?slug=test-" + sku.substring("TST-".length()).toLowerCase(Locale.ROOT));
        assertEquals(200, product.statusCode());
        HttpResponse<String> cart = shopper.follow(shopper.submit(product, "add-to-cart", Map.of("quantity", "2"), "add"));
        assertEquals(2, cartCount(cart), "two in the cart");
        HttpResponse<String> checkout = shopper.get("/checkout.xhtml");
        HttpResponse<String> shipping = shopper.submit(checkout, "checkout", Map.of("email", customer.email(), "name", "Fail Over",
                "line1", "Invalidenstr. 1", "postalCode", "10115", "city", "Berlin", "country", "DE"), "toShipping");
        assertEquals(200, shipping.statusCode());
        assertTrue(shipping.body().contains("2. How should we ship it?"), "the checkout reached its second step: " + shipping.body());

        StaffSupport.adminSecret();
        WebSession staff = pinnedTo(VICTIM);
        assertTrue(WebSession.isRedirect(staff.signIn(TestSettings.adminEmail(), TestSettings.adminPassword(), StaffSupport::adminCode)),
                "the administrator signs in");
        assertEquals(200, staff.get("/admin/orders.xhtml").statusCode());
        assertEquals(VICTIM, instanceOf(shopper), "the shopper is served by " + VICTIM);
        assertEquals(VICTIM, instanceOf(staff), "the administrator is served by " + VICTIM);

        holdAnOrdersStepsInTheVictimsBroker();
        killedAt = ClusterSupport.kill(1);

        // haproxy finds shop-i1's port closed and sends the requests to shop-i2 (option redispatch);
        // the session cookie keeps its shop-i1 prefix until shop-i2 sets a new one, so it does not say who served
        HttpResponse<String> payment = shopper.submit(shipping, "checkout", Map.of("method", "standard"), "toPayment");
        assertEquals(200, payment.statusCode(), "the checkout's next step after the failover");
        assertTrue(payment.body().contains("3. How would you like to pay?"),
                "the checkout goes on from the step it had reached: " + payment.body());
        assertEquals(2, cartCount(payment), "the cart is as it was");
        HttpResponse<String> account = shopper.get("/account/index.xhtml");
        assertEquals(200, account.statusCode(), "still signed in: the account page, not the sign-in form");
        assertTrue(account.body().contains(customer.name()), "the account page is the customer's");

        HttpResponse<String> review = shopper.submit(payment, "checkout", Map.of("payment", "tok_visa"), "toReview");
        assertEquals(200, review.statusCode());
        HttpResponse<String> placed = shopper.follow(shopper.submit(review, "checkout", Map.of(), "placeOrder"));
        assertEquals(200, placed.statusCode());
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order where email = ?", customer.email()),
                "exactly one order for the checkout that moved to another instance");

        HttpResponse<String> backOffice = staff.get("/admin/orders.xhtml");
        assertEquals(200, backOffice.statusCode(), "the administrator is still signed in after the failover");
        assertFalse(backOffice.body().contains("<form id=\"login\""), "no sign-in form for the administrator");
    }

    @Test
    @Order(2)
    void theHeldOrdersStepsRunOnTheSurvivorExactlyOnce() throws Exception {
        assertTrue(killedAt != null, "runs after the kill");
        Instant deadline = killedAt.plus(Duration.ofSeconds(240));
        while (steps("DONE") < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
        }
        assertEquals(3, steps("DONE"), "the order's three steps ran after their instance died: " + stepRows());
        assertHeldOrderTakenOnce();
        Instant events = Instant.now().plus(Duration.ofSeconds(120));
        while (heldOrderEvents().size() < 2 && Instant.now().isBefore(events)) {
            Thread.sleep(2_000);
        }
        assertHeldOrderEventsDeliveredOnce();
    }

    @Test
    @Order(3)
    void everyMinuteOfTheReservationExpiryRanOnceAndTheSurvivorCarriesOn() throws Exception {
        Instant until = killedAt.plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(until)) {
            Thread.sleep(2_000);
        }
        Timestamp first = Timestamp.from(killedAt.minus(Duration.ofMinutes(3)));
        Instant from = DatabaseSupport.count("select count(*) from scheduled_run where job = 'reservation-expiry' and tick >= ?", first) == 0
                ? killedAt : Instant.ofEpochMilli(DatabaseSupport.count("select (extract(epoch from min(tick)) * 1000)::bigint from scheduled_run"
                        + " where job = 'reservation-expiry' and tick >= ?", first));
        Instant to = killedAt.plus(Duration.ofSeconds(140)).truncatedTo(ChronoUnit.MINUTES);
        long minutes = Duration.between(from, to).toMinutes() + 1;
        long ticks = DatabaseSupport.count("select count(*) from scheduled_run where job = 'reservation-expiry' and tick >= ? and tick <= ?",
                Timestamp.from(from), Timestamp.from(to));
        assertTrue(minutes >= 3 && ticks == minutes, "one run for every minute from " + from + " to " + to + ": " + ticks + " of " + minutes);
        Timestamp afterKill = Timestamp.from(killedAt.plusSeconds(5));
        long after = DatabaseSupport.count("select count(*) from scheduled_run where job = 'reservation-expiry' and tick > ?", afterKill);
        long bySurvivor = DatabaseSupport.count("select count(*) from scheduled_run where job = 'reservation-expiry' and tick > ?"
                + " and instance = ?", afterKill, SURVIVOR);
        assertTrue(after >= 2 && bySurvivor == after, "the minutes after the kill ran on " + SURVIVOR + ": " + bySurvivor + " of " + after);
        long retries = DatabaseSupport.count("select count(*) from scheduled_run where job = 'workflow-retry' and tick > ?", afterKill);
        assertTrue(retries >= 20, "the workflow retry's five-second ticks go on after the kill: " + retries);
    }

    @Test
    @Order(4)
    void theVictimComesBackAndItsOldMessagesChangeNothing() throws Exception {
        ClusterSupport.start(1);
        ClusterSupport.imqcmd(1, "resume", "dst", "-t", "q", "-n", QUEUE); // in case the pause outlived the broker
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (heldMessages() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
        }
        assertEquals(0, heldMessages(), "shop-i1's broker delivered the messages it held");
        Thread.sleep(5_000);
        assertHeldOrderTakenOnce();
        assertHeldOrderEventsDeliveredOnce();
        assertEquals(200, StaffSupport.as(StaffSupport.adminToken(), "DELETE", "/api/admin/webhooks/" + subscription, null).statusCode());
        subscriber.stop(0);
    }

    /** A webhook subscriber in this JVM for the order events, subscribed through the cluster's front. */
    private static void subscribeToOrderEvents() throws Exception {
        subscriber = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        subscriber.createContext("/", exchange -> {
            DELIVERED.add(new String[] {exchange.getRequestHeaders().getFirst("Webhook-Id"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        subscriber.start();
        String body = Json.createObjectBuilder().add("url", "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/orders")
                .add("events", Json.createArrayBuilder(List.of("ORDER_PLACED", "ORDER_PAID"))).build().toString();
        HttpResponse<String> made = StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/webhooks", body);
        assertEquals(201, made.statusCode(), made.body());
        subscription = HttpSupport.json(made).getJsonObject("subscription").getJsonNumber("id").longValue();
    }

    /** The held order's deliveries: event type by Webhook-Id, in the order received. */
    private static List<String> heldOrderEvents() {
        List<String> events = new ArrayList<>();
        for (String[] delivery : DELIVERED) {
            try (JsonReader reader = Json.createReader(new StringReader(delivery[1]))) {
                JsonObject event = reader.readObject();
                if (heldNumber.equals(event.getJsonObject("aggregate").getString("id"))) {
                    events.add(delivery[0] + ":" + event.getString("type"));
                }
            }
        }
        return events;
    }

    private static void assertHeldOrderEventsDeliveredOnce() throws Exception {
        List<String> events = heldOrderEvents();
        assertEquals(2, events.size(), "the held order's events, each delivered once: " + events);
        assertEquals(2, events.stream().map(e -> e.substring(0, e.indexOf(':'))).distinct().count(), "two events: " + events);
        assertTrue(events.stream().anyMatch(e -> e.endsWith(":ORDER_PLACED")) && events.stream().anyMatch(e -> e.endsWith(":ORDER_PAID")),
                "placed and paid: " + events);
        assertEquals(2, DatabaseSupport.count("select count(*) from domain_event where aggregate_type = 'order' and aggregate_id = ?"
                + " and type in ('ORDER_PLACED', 'ORDER_PAID')", heldNumber), "one row for each event");
    }

    /** Pauses the consumers of the order workflow's queue in shop-i1's broker, and places an order on shop-i1. */
    private static void holdAnOrdersStepsInTheVictimsBroker() throws Exception {
        assertTrue(ClusterSupport.imqcmd(1, "pause", "dst", "-t", "q", "-n", QUEUE, "-pst", "CONSUMERS").contains("Successfully paused"),
                "shop-i1's broker holds the workflow's messages");
        subscribeToOrderEvents();
        heldSku = CommerceSupport.newSkuWithStock("5.00", 20);
        heldOnHand = CommerceSupport.onHand(heldSku);
        heldEmail = "held-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> cart = CommerceSupport.send("POST", ClusterSupport.instance(1, "/api/carts"), "{}");
        assertEquals(201, cart.statusCode(), cart.body());
        String token = HttpSupport.json(cart).getString("token");
        HttpResponse<String> line = CommerceSupport.send("POST", ClusterSupport.instance(1, "/api/carts/" + token + "/lines"),
                Json.createObjectBuilder().add("sku", heldSku).add("quantity", HELD_QUANTITY).build().toString());
        assertEquals(200, line.statusCode(), line.body());
        HttpResponse<String> order = HttpSupport.send("POST", ClusterSupport.instance(1, "/api/checkout"),
                CommerceSupport.checkout(token, heldEmail, null).build().toString(), "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(201, order.statusCode(), order.body());
        String number = HttpSupport.json(order).getString("number");
        heldNumber = number;
        HttpResponse<String> paid = HttpSupport.send("POST", ClusterSupport.instance(1, "/api/admin/orders/" + number + "/capture"), null,
                "Authorization", "Bearer " + StaffSupport.adminToken(), "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(200, paid.statusCode(), "the payment is captured on shop-i1, so the order is paid: " + paid.body());
        heldOrderId = DatabaseSupport.count("select id from customer_order where email = ?", heldEmail);
        Thread.sleep(3_000);
        assertEquals(1, steps("PENDING"), "the order's first step waits in shop-i1's broker: " + stepRows());
        assertEquals(0, steps("DONE"));
    }

    private static void assertHeldOrderTakenOnce() throws Exception {
        assertEquals(heldOnHand - HELD_QUANTITY, CommerceSupport.onHand(heldSku), "the stock left the warehouse once");
        assertEquals(0, CommerceSupport.reserved(heldSku), "and no reservation is left");
        assertEquals(3, DatabaseSupport.count("select count(*) from workflow_step where subject_id = ? and " + ORDER_STEPS, heldOrderId),
                "one row for each step: " + stepRows());
        assertEquals(1, DatabaseSupport.count("select count(*) from mail_outbox where recipient = ?", heldEmail),
                "one confirmation email queued");
    }

    private static long steps(String status) throws Exception {
        return DatabaseSupport.count("select count(*) from workflow_step where subject_id = ? and " + ORDER_STEPS + " and status = ?",
                heldOrderId, status);
    }

    private static String stepRows() throws Exception {
        return CommerceSupport.text("select string_agg(kind || ' ' || status || ' ' || attempts, ', ' order by id) from workflow_step"
                + " where subject_id = ? and " + ORDER_STEPS, heldOrderId);
    }

    /** How many messages shop-i1's broker holds in the workflow's queue. */
    private static long heldMessages() throws Exception {
        for (String row : ClusterSupport.imqcmd(1, "list", "dst", "-t", "q").split("\n")) {
            String[] columns = row.trim().split("\\s+");
            if (columns.length > 7 && columns[0].equals(QUEUE)) {
                return Long.parseLong(columns[7]);
            }
        }
        throw new AssertionError("shop-i1's broker does not list " + QUEUE);
    }

    /** A new browser whose first request haproxy sends to this instance (its cookie prefix names it). */
    private static WebSession pinnedTo(String instance) {
        WebSession session = new WebSession();
        session.useSessionId(instance + "~none");
        return session;
    }

    private static String instanceOf(WebSession session) {
        String id = session.sessionId().orElseThrow(() -> new AssertionError("no session cookie"));
        return id.contains("~") ? id.substring(0, id.indexOf('~')) : "(no prefix: " + id + ")";
    }

    private static int cartCount(HttpResponse<String> page) {
        Matcher m = CART_COUNT.matcher(page.body());
        assertTrue(m.find(), "the header shows the cart count: " + page.body());
        return Integer.parseInt(m.group(1));
    }

}
