package io.openshop.systemtest.cluster;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.StripeSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stripe's webhooks with the two instances sharing the deliveries: each event of a payment
 * (succeeded, a partial refund, the full refund) delivered six times at once, three times to each
 * instance, is applied once and the payment ends refunded, never more than its total. The cluster
 * uses the Stripe adapter against a local stand-in for this class (the domain's configuration,
 * set on each instance), and the test gateway again after it.
 */
class StripeWebhookClusterIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static WireMockServer stripe;

    @BeforeAll
    static void standIn() {
        stripe = StripeSupport.start();
        StripeSupport.useStandIn(stripe, ClusterSupport.name(1), ClusterSupport.name(2));
    }

    @AfterAll
    static void standInAway() {
        StripeSupport.release(stripe, ClusterSupport.name(1), ClusterSupport.name(2));
    }

    @Test
    void eachEventDeliveredToBothInstancesAtOnceIsAppliedOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String sku = CommerceSupport.newSkuWithStock("20.00", 10);
            String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "cluster-webhook" + round + "@example.org", null)
                    .add("paymentToken", StripeSupport.CARD_OK).build().toString();
            HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
            assertEquals(201, placed.statusCode(), placed.body());
            String number = CommerceSupport.json(placed).getString("number");
            BigDecimal total = CommerceSupport.json(placed).getJsonObject("grandTotal").getJsonNumber("amount").bigDecimalValue();
            String reference = CommerceSupport.text("select p.reference from payment p join customer_order o on o.id = p.order_id"
                    + " where o.number = ?", number);
            long cents = total.movePointRight(2).longValueExact();

            for (String event : List.of(StripeSupport.event("payment_intent.succeeded", StripeSupport.intent(reference, cents)),
                    StripeSupport.event("charge.refunded", StripeSupport.charge(reference, cents, 500)),
                    StripeSupport.event("charge.refunded", StripeSupport.charge(reference, cents, cents)))) {
                List<CompletableFuture<HttpResponse<String>>> deliveries = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    deliveries.add(deliver(1 + i % 2, event));
                }
                int fresh = 0;
                for (CompletableFuture<HttpResponse<String>> delivery : deliveries) {
                    HttpResponse<String> response = delivery.join();
                    assertEquals(200, response.statusCode(), response.body());
                    fresh += CommerceSupport.json(response).getBoolean("duplicate") ? 0 : 1;
                }
                assertEquals(1, fresh, "one of six deliveries to both instances handled, the others acknowledged as replays");
            }
            assertEquals("REFUNDED", CommerceSupport.text("select status from customer_order where number = ?", number));
            assertEquals(0, total.compareTo(new BigDecimal(CommerceSupport.text("select refunded::text from payment where reference = ?", reference))),
                    "refunded the total, never more");
            assertEquals(1, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                    + " where o.number = ? and c.to_status = 'PAID'", number), "paid once");
            assertEquals(1, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                    + " where o.number = ? and c.to_status = 'REFUNDED'", number), "refunded once");
        }
    }

    private static CompletableFuture<HttpResponse<String>> deliver(int instance, String payload) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(ClusterSupport.instance(instance, "/api/payments/webhooks/stripe")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeSupport.sign(payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
