package io.openshop.systemtest.payment;

import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.StripeStandInTest;
import io.openshop.systemtest.support.StripeSupport;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.openshop.systemtest.support.CommerceSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop against a stand-in that speaks Stripe's PaymentIntents protocol: the requests it gets
 * (form fields, secret key, Idempotency-Key), and that retries of checkout, capture and refund
 * reach it once.
 */
class StripeGatewayIT extends StripeStandInTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void checkoutCreatesAManualCaptureIntentOnceForTenRetriesAndKeepsOnlyTheLastFour() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 50);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 2), "stripe@example.org", null)
                .add("paymentToken", StripeSupport.CARD_OK).build().toString();
        String key = CommerceSupport.newKey();

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(CommerceSupport.checkoutAsync(body, key));
        }
        Set<String> numbers = new HashSet<>();
        JsonObject order = null;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            assertEquals(201, response.statusCode(), response.body());
            order = json(response);
            numbers.add(order.getString("number"));
        }
        assertEquals(1, numbers.size(), "one order for ten retries: " + numbers);

        List<LoggedRequest> creates = intentCreates("checkout-" + key);
        assertEquals(1, creates.size(), "one PaymentIntent created at the provider for ten retries");
        LoggedRequest create = creates.get(0);
        assertEquals("Bearer " + StripeSupport.SECRET_KEY, create.getHeader("Authorization"));
        assertTrue(create.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"), create.getHeader("Content-Type"));
        Map<String, String> form = StripeSupport.form(create.getBodyAsString());
        BigDecimal total = order.getJsonObject("grandTotal").getJsonNumber("amount").bigDecimalValue();
        assertEquals(total.movePointRight(2).longValueExact(), Long.parseLong(form.get("amount")), "amount in cents: " + form);
        assertEquals("eur", form.get("currency"));
        assertEquals("manual", form.get("capture_method"));
        assertEquals("true", form.get("confirm"));
        assertEquals(StripeSupport.CARD_OK, form.get("payment_method"));

        String number = numbers.iterator().next();
        assertEquals(1, DatabaseSupport.count("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ? and p.gateway = 'stripe' and p.status = 'AUTHORIZED' and p.last4 = '4242'"
                + " and p.token = ? and p.reference like 'pi\\_%'", number, StripeSupport.CARD_OK), "one Stripe payment: token and last four");
    }

    @Test
    void captureAndRefundSentTenTimesEachReachTheProviderOnceAndMoveTheOrderOnce() throws Exception {
        String number = placeOrder("capture@example.org");
        String reference = CommerceSupport.text("select p.reference from payment p join customer_order o on o.id = p.order_id where o.number = ?", number);
        String token = StripeSupport.adminToken();

        String captureKey = CommerceSupport.newKey();
        List<HttpResponse<String>> captures = tenTimes("/api/admin/orders/" + number + "/capture", null, captureKey, token);
        for (HttpResponse<String> response : captures) {
            assertEquals(200, response.statusCode(), response.body());
            // a replay shows the order as it is now: the order workflow may have sent it to the warehouse already
            assertTrue(List.of("PAID", "FULFILLING").contains(json(response).getString("status")), response.body());
        }
        assertEquals(9, captures.stream().filter(r -> "true".equals(r.headers().firstValue("Idempotent-Replayed").orElse(""))).count());
        List<LoggedRequest> captureCalls = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents/" + reference + "/capture")));
        assertEquals(1, captureCalls.size(), "one capture at the provider");
        assertTrue(captureCalls.get(0).getHeader("Idempotency-Key").startsWith("capture-" + number + "-"), captureCalls.get(0).getHeader("Idempotency-Key"));
        assertEquals(1, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.number = ? and c.to_status = 'PAID'", number), "one move to PAID");
        assertEquals("CAPTURED", CommerceSupport.text("select p.status from payment p join customer_order o on o.id = p.order_id where o.number = ?", number));

        String refundKey = CommerceSupport.newKey();
        List<HttpResponse<String>> refunds = tenTimes("/api/admin/orders/" + number + "/refund", "{\"amount\": 5.00}", refundKey, token);
        for (HttpResponse<String> response : refunds) {
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("PARTIALLY_REFUNDED", json(response).getString("status"));
        }
        List<LoggedRequest> refundCalls = stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("refund-" + number + "-" + refundKey)));
        assertEquals(1, refundCalls.size(), "one refund at the provider for ten retries");
        Map<String, String> form = StripeSupport.form(refundCalls.get(0).getBodyAsString());
        assertEquals(reference, form.get("payment_intent"));
        assertEquals("500", form.get("amount"));
        assertEquals("5.00", CommerceSupport.text("select p.refunded::text from payment p join customer_order o on o.id = p.order_id where o.number = ?", number));

        BigDecimal total = new BigDecimal(CommerceSupport.text("select grand_total::text from customer_order where number = ?", number));
        HttpResponse<String> tooMuch = send("/api/admin/orders/" + number + "/refund",
                "{\"amount\": " + total.subtract(new BigDecimal("4.99")) + "}", CommerceSupport.newKey(), token);
        assertEquals(409, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> rest = send("/api/admin/orders/" + number + "/refund",
                "{\"amount\": " + total.subtract(new BigDecimal("5.00")) + "}", CommerceSupport.newKey(), token);
        assertEquals(200, rest.statusCode(), rest.body());
        assertEquals("REFUNDED", json(rest).getString("status"));
        assertEquals(2, stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("payment_intent=" + reference))).size(),
                "the partial and the rest; the refused one never reached the provider");
    }

    @Test
    void aDeclinedCardIs402AndNothingIsOrdered() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.99", 5);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "declined@example.org", null)
                .add("paymentToken", StripeSupport.CARD_DECLINED).build().toString();
        HttpResponse<String> response = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(402, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json(response).getString("detail").contains("declined"), response.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from order_line where sku = ?", sku), "nothing ordered");
        assertEquals(0, CommerceSupport.reserved(sku), "no stock held");
    }

    @Test
    void aProviderFailureIsARetryable503WithoutAStackTraceAndNothingIsOrdered() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.99", 5);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "down@example.org", null)
                .add("paymentToken", StripeSupport.CARD_PROVIDER_DOWN).build().toString();
        String key = CommerceSupport.newKey();
        HttpResponse<String> response = CommerceSupport.checkout(body, key);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at io.openshop"), response.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from order_line where sku = ?", sku), "nothing ordered");
        assertEquals(0, DatabaseSupport.count("select count(*) from idempotency_key where key = ?", key), "the key is free for the retry");
    }

    private static String placeOrder(String email) throws Exception {
        String sku = CommerceSupport.newSkuWithStock("20.00", 10);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), email, null)
                .add("paymentToken", StripeSupport.CARD_OK).build().toString();
        HttpResponse<String> placed = CommerceSupport.checkout(body, CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return json(placed).getString("number");
    }

    private static List<LoggedRequest> intentCreates(String idempotencyKey) {
        return stripe.findAll(postRequestedFor(urlMatching("/v1/payment_intents"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(idempotencyKey)));
    }

    private static List<HttpResponse<String>> tenTimes(String path, String body, String key, String token) {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(CLIENT.sendAsync(request(path, body, key, token), HttpResponse.BodyHandlers.ofString()));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private static HttpResponse<String> send(String path, String body, String key, String token) throws Exception {
        return CLIENT.send(request(path, body, key, token), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path, String body, String key, String token) {
        return CommerceSupport.request(path).header("Idempotency-Key", key).header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
