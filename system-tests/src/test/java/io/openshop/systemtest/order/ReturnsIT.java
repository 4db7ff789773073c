package io.openshop.systemtest.order;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Returns through the API: a customer asks to send back their delivered order, fulfilment staff
 * receive it and put stock back on hand, and staff who may refund give part of the money back.
 * Fulfilment staff may receive returns but never refund (least privilege).
 */
@ExtendWith(SharedDeployment.class)
class ReturnsIT {

    private static final String PASSWORD = "Silver Meadow Kettle 77";

    private record Caller(String email, String token) {
    }

    private static Caller customer(String label) throws Exception {
        String email = label + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        WebSession session = new WebSession();
        assertTrue(WebSession.isRedirect(session.submit(session.get("/signup.xhtml"), "signup",
                Map.of("email", email, "name", "Returning " + label, "password", PASSWORD), "submit")));
        return new Caller(email, token(email, PASSWORD));
    }

    /** A member of staff with one role; their password is the administrator's (the hash is copied, as no staff page exists yet). */
    private static Caller staff(String role) throws Exception {
        String email = role.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36) + "@openshop.test";
        CommerceSupport.execute("insert into app_user (id, email, display_name, password_hash, kind, status)"
                + " select nextval('app_user_seq'), ?, 'Staff " + role + "', password_hash, 'STAFF', 'ACTIVE'"
                + " from app_user where lower(email) = lower(?)", email, TestSettings.adminEmail());
        CommerceSupport.execute("insert into user_role (user_id, role) select id, ? from app_user where email = ?", role, email);
        return new Caller(email, token(email, TestSettings.adminPassword()));
    }

    private static String token(String email, String password) throws Exception {
        HttpResponse<String> issued = HttpSupport.send("POST", "/api/auth/token",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        assertEquals(200, issued.statusCode(), issued.body());
        return HttpSupport.json(issued).getString("token");
    }

    private static HttpResponse<String> as(Caller c, String method, String path, String json, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + c.token();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return HttpSupport.send(method, path, json, all);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return HttpSupport.json(response);
    }

    /** The customer buys two of a fresh SKU with their account cart; staff capture, ship and deliver it. */
    private static String deliveredOrder(Caller customer, String sku, Caller admin, Caller fulfilment) throws Exception {
        ok(as(customer, "POST", "/api/me/cart/lines", Json.createObjectBuilder().add("sku", sku).add("quantity", 2).build().toString()));
        String cartToken = ok(as(customer, "GET", "/api/me/cart", null)).getString("token");
        HttpResponse<String> placed = as(customer, "POST", "/api/checkout",
                CommerceSupport.checkout(cartToken, customer.email(), null).build().toString(), "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        ok(as(admin, "POST", "/api/admin/orders/" + number + "/capture", null, "Idempotency-Key", CommerceSupport.newKey()));
        // paid: the order workflow commits the stock and starts fulfilment on its own
        MailSupport.awaitSql(60, () -> "FULFILLING".equals(CommerceSupport.text("select status from customer_order where number = ?", number)));
        assertEquals("FULFILLING", CommerceSupport.text("select status from customer_order where number = ?", number));
        ok(as(fulfilment, "POST", "/api/admin/orders/" + number + "/shipment", null));
        assertEquals("DELIVERED", ok(as(fulfilment, "POST", "/api/admin/orders/" + number + "/delivery", null)).getString("status"));
        return number;
    }

    @Test
    void aDeliveredOrderIsReturnedRestockedAndPartlyRefunded() throws Exception {
        Caller admin = new Caller(TestSettings.adminEmail(), StaffSupport.adminToken());
        Caller fulfilment = staff("FULFILMENT");
        Caller support = staff("SUPPORT");
        Caller customer = customer("returns");
        String sku = CommerceSupport.newSkuWithStock("30.00", 10);
        String warehouse = CommerceSupport.text("select code from warehouse order by priority desc, id limit 1");
        String number = deliveredOrder(customer, sku, admin, fulfilment);
        assertEquals(8, CommerceSupport.onHand(sku), "shipping took two out of the warehouse");

        // the customer sees the order in their history and asks to return it; nobody else can
        assertTrue(as(customer, "GET", "/api/me/orders", null).body().contains(number), "the order is in the customer's history");
        Caller stranger = customer("stranger");
        assertEquals(404, as(stranger, "POST", "/api/me/orders/" + number + "/return", null).statusCode(), "not their order");
        assertEquals(404, as(stranger, "GET", "/api/me/orders/" + number, null).statusCode());
        assertEquals("RETURN_REQUESTED", ok(as(customer, "POST", "/api/me/orders/" + number + "/return", null)).getString("status"));
        assertEquals(409, as(customer, "POST", "/api/me/orders/" + number + "/return", null).statusCode(), "asked once");

        // fulfilment receives it and puts one back on the shelf; more than was bought is refused
        HttpResponse<String> tooMany = as(fulfilment, "POST", "/api/admin/orders/" + number + "/return",
                restock(sku, 3, warehouse));
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals(8, CommerceSupport.onHand(sku), "a refused restock changes nothing");
        JsonObject returned = ok(as(fulfilment, "POST", "/api/admin/orders/" + number + "/return", restock(sku, 1, warehouse)));
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals(9, CommerceSupport.onHand(sku), "the restocked unit is on hand again");
        assertEquals(9, DatabaseSupport.count("select s.on_hand from stock_level s join product_variant v on v.id = s.variant_id"
                + " join warehouse w on w.id = s.warehouse_id where v.sku = ? and w.code = ?", sku, warehouse), "in the warehouse chosen");
        assertEquals(customer.email(), CommerceSupport.text("select actor from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.number = ? and c.to_status = 'RETURN_REQUESTED'", number), "who asked is recorded");
        assertEquals(fulfilment.email(), CommerceSupport.text("select actor from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.number = ? and c.to_status = 'RETURNED'", number), "who received it is recorded");

        // fulfilment may not refund: least privilege
        String refund = Json.createObjectBuilder().add("amount", new BigDecimal("10.00")).build().toString();
        HttpResponse<String> refused = as(fulfilment, "POST", "/api/admin/orders/" + number + "/refund", refund,
                "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(HttpSupport.contentType(refused).startsWith("application/problem+json"));
        assertEquals("0.00", CommerceSupport.text("select p.refunded::text from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number));

        // support refunds part of it, once for one key
        String key = CommerceSupport.newKey();
        JsonObject refunded = ok(as(support, "POST", "/api/admin/orders/" + number + "/refund", refund, "Idempotency-Key", key));
        assertEquals("PARTIALLY_REFUNDED", refunded.getString("status"));
        HttpResponse<String> replay = as(support, "POST", "/api/admin/orders/" + number + "/refund", refund, "Idempotency-Key", key);
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals("10.00", CommerceSupport.text("select p.refunded::text from payment p join customer_order o on o.id = p.order_id"
                + " where o.number = ?", number), "refunded once");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ORDER_REFUNDED' and target = ? and actor = ?"
                + " and after->>'amount' = '10.00 EUR'", "order:" + number, support.email()), "the refund is in the audit log");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'RETURN_RECEIVED' and target = ? and actor = ?",
                "order:" + number, fulfilment.email()));
    }

    @Test
    void theAccountPageListsTheOrdersWithTheirStatusAndAsksForAReturn() throws Exception {
        Caller admin = new Caller(TestSettings.adminEmail(), StaffSupport.adminToken());
        Caller customer = customer("history");
        String sku = CommerceSupport.newSkuWithStock("8.00", 5);
        String number = deliveredOrder(customer, sku, admin, staff("FULFILMENT"));

        WebSession browser = new WebSession();
        browser.follow(browser.signIn(customer.email(), PASSWORD));
        HttpResponse<String> account = browser.get("/account/");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("data-order=\"" + number + "\""), "the order is listed: " + account.body());
        assertTrue(account.body().contains("Delivered"), "with its status");
        HttpResponse<String> asked = browser.follow(browser.submit(account, "order:0:return", Map.of(), "request"));
        assertTrue(asked.body().contains("return request for order " + number), asked.body());
        assertEquals("RETURN_REQUESTED", CommerceSupport.text("select status from customer_order where number = ?", number));
        assertTrue(asked.body().contains("Return requested"), "the history shows the new status");
    }

    @Test
    void onlyDeliveredOrdersCanBeAskedBackAndCustomersCannotReceiveReturns() throws Exception {
        Caller customer = customer("early");
        String sku = CommerceSupport.newSkuWithStock("12.00", 5);
        ok(as(customer, "POST", "/api/me/cart/lines", Json.createObjectBuilder().add("sku", sku).add("quantity", 1).build().toString()));
        String cartToken = ok(as(customer, "GET", "/api/me/cart", null)).getString("token");
        HttpResponse<String> placed = as(customer, "POST", "/api/checkout",
                CommerceSupport.checkout(cartToken, customer.email(), null).build().toString(), "Idempotency-Key", CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");

        HttpResponse<String> early = as(customer, "POST", "/api/me/orders/" + number + "/return", null);
        assertEquals(409, early.statusCode(), "an unpaid order is not returned: " + early.body());
        assertEquals(403, as(customer, "POST", "/api/admin/orders/" + number + "/return", restock(sku, 1, "x")).statusCode());
        assertEquals("PENDING_PAYMENT", CommerceSupport.text("select status from customer_order where number = ?", number));
    }

    private static String restock(String sku, int quantity, String warehouse) {
        return Json.createObjectBuilder().add("restock", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("sku", sku).add("quantity", quantity).add("warehouse", warehouse))).build().toString();
    }
}
