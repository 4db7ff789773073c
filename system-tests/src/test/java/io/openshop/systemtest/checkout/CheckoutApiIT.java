package io.openshop.systemtest.checkout;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import static io.openshop.systemtest.support.CommerceSupport.checkout;
import static io.openshop.systemtest.support.CommerceSupport.json;
import static io.openshop.systemtest.support.CommerceSupport.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cart and checkout API as a client uses it: validation, server-side prices, totals, cancelling. */
@ExtendWith(SharedDeployment.class)
class CheckoutApiIT {

    private static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amount").bigDecimalValue();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.body());
        if (field != null) {
            assertTrue(json(response).getJsonObject("errors").containsKey(field), response.body());
        }
        assertFalse(response.body().contains("Exception"), "no exception names in answers");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "1000", "100"})
    void quantitiesOutOfRangeAreRefusedWithAProblem(int quantity) throws Exception {
        String sku = CommerceSupport.newSkuWithStock("5.00", 10);
        String token = json(send("POST", "/api/carts", "{}")).getString("token");
        assertProblem(send("POST", "/api/carts/" + token + "/lines",
                Json.createObjectBuilder().add("sku", sku).add("quantity", quantity).build().toString()), 400, "quantity");
        assertEquals(200, send("POST", "/api/carts/" + token + "/lines",
                Json.createObjectBuilder().add("sku", sku).add("quantity", 1).build().toString()).statusCode());
        assertProblem(send("PUT", "/api/carts/" + token + "/lines/" + sku,
                Json.createObjectBuilder().add("quantity", quantity).build().toString()), 400, "quantity");
        assertEquals(1, json(send("GET", "/api/carts/" + token, null)).getInt("itemCount"), "the cart is unchanged");
    }

    @Test
    void unknownAndMalformedSkusAndMissingQuantitiesAreBadInput() throws Exception {
        String token = json(send("POST", "/api/carts", "{}")).getString("token");
        assertProblem(send("POST", "/api/carts/" + token + "/lines", "{\"sku\":\"NO-SUCH-SKU-1\",\"quantity\":1}"), 400, "sku");
        assertProblem(send("POST", "/api/carts/" + token + "/lines", "{\"sku\":\"not a sku!\",\"quantity\":1}"), 400, "sku");
        assertProblem(send("POST", "/api/carts/" + token + "/lines", "{\"sku\":\"APP-TSH-001-NAVY-M\"}"), 400, "quantity");
        assertProblem(send("GET", "/api/carts/" + "x".repeat(43), null), 404, null);
        assertProblem(send("GET", "/api/carts/short", null), 404, null);
    }

    @Test
    void theServerSetsThePricesAndTheTotalsAddUp() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("19.99", 20);
        String token = json(send("POST", "/api/carts", "{}")).getString("token");
        // A client that sends its own price is ignored: the cart and the order carry the catalog's.
        HttpResponse<String> added = send("POST", "/api/carts/" + token + "/lines",
                "{\"sku\":\"" + sku + "\",\"quantity\":3,\"unitPrice\":{\"amount\":0.01,\"currency\":\"EUR\"},\"price\":0.01}");
        assertEquals(200, added.statusCode(), added.body());
        JsonObject cart = json(added);
        assertEquals(0, new BigDecimal("59.97").compareTo(amount(cart, "subtotal")));
        assertEquals(0, new BigDecimal("19.99").compareTo(amount(cart.getJsonArray("lines").getJsonObject(0), "unitPrice")));

        JsonObject body = CommerceSupport.checkout(token, "Totals@Example.org", null)
                .add("grandTotal", 0.01).add("prices", Json.createObjectBuilder().add(sku, 0.01)).build();
        HttpResponse<String> placed = checkout(body.toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        assertTrue(placed.headers().firstValue("Location").orElse("").contains("/api/orders/SO-"));
        JsonObject order = json(placed);
        assertTrue(order.getString("number").matches("SO-\\d{6,}"), order.getString("number"));
        assertEquals("PENDING_PAYMENT", order.getString("status"));
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, new BigDecimal("19.99").compareTo(amount(line, "unitPrice")), "the catalog's price, not the client's");
        // 59.97 incl. 19 % German VAT, over 50.00 so shipping is free: tax = 59.97 × 0.19 / 1.19 = 9.575… → 9.58
        assertEquals(0, new BigDecimal("59.97").compareTo(amount(order, "subtotal")));
        assertEquals(0, BigDecimal.ZERO.compareTo(amount(order, "shipping")));
        assertEquals(0, new BigDecimal("9.58").compareTo(amount(order, "tax")));
        assertEquals(0, new BigDecimal("59.97").compareTo(amount(order, "grandTotal")));
        BigDecimal lineTotals = order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> amount(l, "total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, amount(order, "grandTotal").subtract(amount(order, "shipping")).compareTo(lineTotals), "Σ lines = total");

        // The guest reads their own order with the email it was placed with (any case), and only so.
        String number = order.getString("number");
        HttpResponse<String> own = send("GET", "/api/orders/" + number + "?email=totals@example.org", null);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(1, json(own).getJsonArray("history").size());
        assertProblem(send("GET", "/api/orders/" + number + "?email=someone@example.org", null), 404, null);
        assertProblem(send("GET", "/api/orders/" + number, null), 404, null);

        // A checked-out cart cannot be changed or bought again.
        assertProblem(send("POST", "/api/carts/" + token + "/lines", "{\"sku\":\"" + sku + "\",\"quantity\":1}"), 409, null);
        assertProblem(checkout(CommerceSupport.checkout(token, "totals@example.org", null).build().toString(),
                CommerceSupport.newKey()), 409, null);
    }

    @Test
    void shippingIsChargedByWeightBelowTheThresholdAndACouponIsTakenBeforeTax() throws Exception {
        String code = "TENOFF-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        CommerceSupport.execute("insert into coupon (id, code, kind, amount, currency) values (nextval('coupon_seq'), ?, 'FIXED_AMOUNT', 10, 'EUR')", code);
        String sku = CommerceSupport.newSkuWithStock("30.00", 20);
        HttpResponse<String> placed = checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "ship@example.org",
                code.toLowerCase(java.util.Locale.ROOT)).build().toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed);
        // 30.00 - 10.00 = 20.00 goods (incl. VAT): 20.00 × 0.19 / 1.19 = 3.19; 500 g standard to DE: 4.90 with 0.78 VAT
        assertEquals(0, new BigDecimal("10.00").compareTo(amount(order, "discount")));
        assertEquals(0, new BigDecimal("4.90").compareTo(amount(order, "shipping")));
        assertEquals(0, new BigDecimal("3.97").compareTo(amount(order, "tax")));
        assertEquals(0, new BigDecimal("24.90").compareTo(amount(order, "grandTotal")));

        assertProblem(checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "ship@example.org", "NO-SUCH-CODE")
                .build().toString(), CommerceSupport.newKey()), 400, "couponCode");
        JsonObject toMars = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "ship@example.org", null)
                .add("shippingAddress", Json.createObjectBuilder().add("name", "A").add("line1", "B").add("postalCode", "1")
                        .add("city", "C").add("country", "JP")).build();
        assertProblem(checkout(toMars.toString(), CommerceSupport.newKey()), 400, "shippingMethod");
        JsonObject noEmail = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "not-an-email", null).build();
        assertProblem(checkout(noEmail.toString(), CommerceSupport.newKey()), 400, "email");
    }

    private static double lowStockAlerts() throws Exception {
        HttpResponse<String> metrics = HttpSupport.metrics("?scope=application");
        assertEquals(200, metrics.statusCode());
        return metrics.body().lines().filter(l -> l.startsWith("inventory_low_stock_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void cancellingReleasesTheStockAndAnIllegalTransitionIsRefused() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("8.00", 3, 2);
        double alertsBefore = lowStockAlerts();
        HttpResponse<String> placed = checkout(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 4), "cancel@example.org", null)
                .build().toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        assertEquals(4, CommerceSupport.reserved(sku), "split over both warehouses: 3 + 1");
        assertEquals(2, DatabaseSupport.count("select count(*) from order_allocation a join product_variant v on v.id = a.variant_id"
                + " where v.sku = ?", sku));
        String number = json(placed).getString("number");
        assertTrue(lowStockAlerts() >= alertsBefore + 2, "both warehouses were left low, and it was counted after commit");

        assertProblem(send("POST", "/api/orders/" + number + "/cancel?email=other@example.org", null), 404, null);
        assertEquals(4, CommerceSupport.reserved(sku), "a stranger cannot cancel it");

        HttpResponse<String> cancelled = send("POST", "/api/orders/" + number + "/cancel?email=cancel@example.org", null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        JsonObject order = json(cancelled);
        assertEquals("CANCELLED", order.getString("status"));
        JsonObject last = order.getJsonArray("history").getJsonObject(1);
        assertEquals("PENDING_PAYMENT", last.getString("from"));
        assertEquals("CANCELLED", last.getString("to"));
        assertEquals("cancel@example.org", last.getString("actor"));
        assertEquals(0, CommerceSupport.reserved(sku), "the stock is released");
        assertEquals(5, CommerceSupport.onHand(sku));
        assertEquals("VOIDED", CommerceSupport.text("select p.status from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number));

        HttpResponse<String> again = send("POST", "/api/orders/" + number + "/cancel?email=cancel@example.org", null);
        assertProblem(again, 409, null);
        assertTrue(json(again).getString("detail").contains("CANCELLED"), again.body());
        assertEquals(0, CommerceSupport.reserved(sku), "released once, not twice");
        assertEquals(2, DatabaseSupport.count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.number = ?", number));
        assertNull(json(again).get("errors"));
    }
}
