package io.openshop.systemtest.checkout;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static io.openshop.systemtest.support.CommerceSupport.checkout;
import static io.openshop.systemtest.support.CommerceSupport.checkoutAsync;
import static io.openshop.systemtest.support.CommerceSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retries of one checkout under one Idempotency-Key make one order and one payment authorisation. */
@ExtendWith(SharedDeployment.class)
class CheckoutIdempotencyIT {

    @Test
    void theSameCheckoutSentTenTimesAtOnceMakesOneOrderAndOneAuthorisation() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 50);
        String body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 2), "retry@example.org", null).build().toString();
        String key = CommerceSupport.newKey();

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(checkoutAsync(body, key));
        }
        Set<String> numbers = new HashSet<>();
        int replays = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            assertEquals(201, response.statusCode(), response.body());
            numbers.add(json(response).getString("number"));
            replays += "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse("")) ? 1 : 0;
        }
        assertEquals(1, numbers.size(), "one order number for every retry: " + numbers);
        assertEquals(9, replays, "nine answers replayed the first");
        String number = numbers.iterator().next();
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order o join order_line l on l.order_id = o.id"
                + " where l.sku = ?", sku), "one order in the database");
        assertEquals(1, DatabaseSupport.count("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number), "one payment authorisation");
        assertEquals(2, CommerceSupport.reserved(sku), "stock reserved once");
        assertEquals(1, DatabaseSupport.count("select count(*) from idempotency_key where key = ?", key));
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefusedWith422() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 50);
        String cart = CommerceSupport.cartWith(sku, 1);
        String key = CommerceSupport.newKey();
        HttpResponse<String> first = checkout(CommerceSupport.checkout(cart, "first@example.org", null).build().toString(), key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> other = checkout(CommerceSupport.checkout(cart, "someone-else@example.org", null).build().toString(), key);
        assertEquals(422, other.statusCode(), other.body());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(1, DatabaseSupport.count("select count(*) from order_line where sku = ?", sku));
    }

    @Test
    void aCheckoutWithoutAKeyIsRefusedAndADeclinedCardOrdersNothing() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 5);
        String cart = CommerceSupport.cartWith(sku, 1);
        HttpResponse<String> noKey = CommerceSupport.send("POST", "/api/checkout",
                CommerceSupport.checkout(cart, "nokey@example.org", null).build().toString());
        assertEquals(400, noKey.statusCode(), noKey.body());
        assertTrue(json(noKey).getJsonObject("errors").containsKey("Idempotency-Key"), noKey.body());

        JsonObject declined = CommerceSupport.checkout(cart, "declined@example.org", null).add("paymentToken", "tok_declined").build();
        HttpResponse<String> refused = checkout(declined.toString(), CommerceSupport.newKey());
        assertEquals(402, refused.statusCode(), refused.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from order_line where sku = ?", sku), "no order");
        assertEquals(0, CommerceSupport.reserved(sku), "no stock held");

        HttpResponse<String> cardNumber = checkout(CommerceSupport.checkout(cart, "pan@example.org", null)
                .add("paymentToken", "4242424242424242").build().toString(), CommerceSupport.newKey());
        assertEquals(400, cardNumber.statusCode(), cardNumber.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from payment where token ~ '[0-9]{12,}'"));

        HttpResponse<String> ok = checkout(CommerceSupport.checkout(cart, "declined@example.org", null).build().toString(),
                CommerceSupport.newKey());
        assertEquals(201, ok.statusCode(), "the same cart can still be bought after a decline: " + ok.body());
        assertEquals("4242", CommerceSupport.text("select p.last4 from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", json(ok).getString("number")));
    }
}
