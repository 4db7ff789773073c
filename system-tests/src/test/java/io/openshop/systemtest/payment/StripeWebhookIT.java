package io.openshop.systemtest.payment;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.MetricsSupport;
import io.openshop.systemtest.support.StripeStandInTest;
import io.openshop.systemtest.support.StripeSupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.openshop.systemtest.support.CommerceSupport.json;
import static io.openshop.systemtest.support.StripeSupport.charge;
import static io.openshop.systemtest.support.StripeSupport.event;
import static io.openshop.systemtest.support.StripeSupport.intent;
import static io.openshop.systemtest.support.StripeSupport.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stripe's webhooks against the deployed shop: signatures checked (bad or stale = 400), every
 * event applied once whatever the order and number of deliveries, and never backwards.
 */
class StripeWebhookIT extends StripeStandInTest {

    @Test
    void threeEventsSentThreeTimesEachInShuffledOrderAreAppliedOnce() throws Exception {
        Map<String, Double> before = MetricsSupport.samples();
        for (int round = 0; round < 3; round++) {
            long seed = new Random().nextLong();
            Placed order = placeOrder("webhook" + round + "@example.org");
            long cents = order.total().movePointRight(2).longValueExact();
            List<String> events = List.of(
                    event("payment_intent.succeeded", intent(order.reference(), cents)),
                    event("charge.refunded", charge(order.reference(), cents, 500)),
                    event("charge.refunded", charge(order.reference(), cents, cents)));
            List<String> deliveries = new ArrayList<>();
            for (String e : events) {
                deliveries.addAll(List.of(e, e, e));
            }
            Collections.shuffle(deliveries, new Random(seed));

            int fresh = 0;
            for (String payload : deliveries) {
                HttpResponse<String> response = StripeSupport.postWebhook(payload, sign(payload));
                assertEquals(200, response.statusCode(), "seed " + seed + ": " + response.body());
                fresh += json(response).getBoolean("duplicate") ? 0 : 1;
            }
            assertEquals(3, fresh, "seed " + seed + ": each event handled once, its replays acknowledged");
            assertEquals(3, DatabaseSupport.count("select count(*) from payment_event where gateway = 'stripe' and event_id in (?, ?, ?)",
                    id(events.get(0)), id(events.get(1)), id(events.get(2))));
            assertEquals("REFUNDED", status(order.number()), "seed " + seed + ": the full refund wins in any order");
            assertEquals("REFUNDED", CommerceSupport.text("select status from payment where reference = ?", order.reference()));
            assertEquals(0, order.total().compareTo(new BigDecimal(CommerceSupport.text("select refunded::text from payment where reference = ?", order.reference()))),
                    "refunded the total, never more");
            assertEquals(0, order.total().compareTo(new BigDecimal(CommerceSupport.text("select captured::text from payment where reference = ?", order.reference()))));
            assertEquals(1, changesTo(order.number(), "PAID"), "seed " + seed + ": paid once");
            assertEquals(1, changesTo(order.number(), "REFUNDED"), "seed " + seed + ": refunded once");
            assertEquals(0, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                    + " where o.number = ? and c.from_status = 'REFUNDED'", order.number()), "seed " + seed + ": never moved back");
        }
        Map<String, Double> after = MetricsSupport.samples();
        assertEquals(18.0, MetricsSupport.delta(before, after, "shop_payment_webhooks_total{result=duplicate}"),
                "the metrics count every replay (two of each event, three events, three rounds)");
        double handled = MetricsSupport.delta(before, after, "shop_payment_webhooks_total{result=applied}")
                + MetricsSupport.delta(before, after, "shop_payment_webhooks_total{result=skipped}");
        assertEquals(9.0, handled, "and every event once");
    }

    @Test
    void aFailedPaymentCancelsTheOrderAndALateSuccessDoesNotReviveIt() throws Exception {
        Placed order = placeOrder("failed@example.org");
        long cents = order.total().movePointRight(2).longValueExact();
        String sku = CommerceSupport.text("select l.sku from order_line l join customer_order o on o.id = l.order_id where o.number = ?", order.number());
        assertEquals(1, CommerceSupport.reserved(sku));

        String failed = event("payment_intent.payment_failed", intent(order.reference(), cents));
        assertEquals(200, StripeSupport.postWebhook(failed, sign(failed)).statusCode());
        assertEquals("CANCELLED", status(order.number()));
        assertEquals(0, CommerceSupport.reserved(sku), "stock released");

        String late = event("payment_intent.succeeded", intent(order.reference(), cents));
        HttpResponse<String> response = StripeSupport.postWebhook(late, sign(late));
        assertEquals(200, response.statusCode(), "an illegal transition is skipped, not a 500: " + response.body());
        assertTrue(json(response).getString("outcome").startsWith("skipped"), response.body());
        assertEquals("CANCELLED", status(order.number()));
        assertTrue(CommerceSupport.text("select outcome from payment_event where event_id = ?", id(late)).startsWith("skipped"),
                "the skip is recorded");
    }

    @Test
    void aBadOrStaleSignatureIs400AndChangesNothing() throws Exception {
        Placed order = placeOrder("forged@example.org");
        String payload = event("payment_intent.succeeded", intent(order.reference(), order.total().movePointRight(2).longValueExact()));
        long now = Instant.now().getEpochSecond();

        List<String> refused = List.of(
                StripeSupport.signature(payload, "whsec_someone_else", now),
                StripeSupport.signature(payload.replace("payment_intent.succeeded", "payment_intent.payment_failed"), StripeSupport.WEBHOOK_SECRET, now),
                StripeSupport.signature(payload, StripeSupport.WEBHOOK_SECRET, now - 600),
                StripeSupport.signature(payload, StripeSupport.WEBHOOK_SECRET, now + 600),
                "t=" + now,
                "");
        for (String signature : refused) {
            HttpResponse<String> response = StripeSupport.postWebhook(payload, signature.isEmpty() ? null : signature);
            assertEquals(400, response.statusCode(), signature + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.body());
        }
        assertEquals("PENDING_PAYMENT", status(order.number()));
        assertEquals(0, DatabaseSupport.count("select count(*) from payment_event where event_id = ?", id(payload)), "nothing recorded");

        HttpResponse<String> genuine = StripeSupport.postWebhook(payload, sign(payload));
        assertEquals(200, genuine.statusCode(), genuine.body());
        assertEquals(1, changesTo(order.number(), "PAID"), "the same event, genuinely signed, is applied"
                + " (the order workflow may have moved the order on to FULFILLING since)");
    }

    @Test
    void anUnknownEventTypeIsAcknowledgedAndIgnored() throws Exception {
        String payload = event("customer.created", Json.createObjectBuilder().add("id", "cus_123").add("object", "customer").build());
        HttpResponse<String> response = StripeSupport.postWebhook(payload, sign(payload));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).getString("outcome").startsWith("ignored"), response.body());
    }

    private record Placed(String number, String reference, BigDecimal total) {
    }

    private static Placed placeOrder(String email) throws Exception {
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), email, null)
                .add("paymentToken", StripeSupport.CARD_OK).build().toString();
        HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed);
        String number = order.getString("number");
        String reference = CommerceSupport.text("select p.reference from payment p join customer_order o on o.id = p.order_id where o.number = ?", number);
        return new Placed(number, reference, order.getJsonObject("grandTotal").getJsonNumber("amount").bigDecimalValue());
    }



    private static String id(String payload) {
        return Json.createReader(new java.io.StringReader(payload)).readObject().getString("id");
    }

    private static String status(String number) throws Exception {
        return CommerceSupport.text("select status from customer_order where number = ?", number);
    }

    private static long changesTo(String number, String status) throws Exception {
        return DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.number = ? and c.to_status = ?", number, status);
    }
}
