package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.domain.shared.FieldCipher;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.StripeSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer's address book, data export and erasure through the API with their bearer token:
 * object-level checks between two customers, the export holding exactly the caller's data, and
 * erasure leaving no personal data in the account, address and order tables while the orders keep
 * their totals — checked in the database.
 */
@ExtendWith(SharedDeployment.class)
class DataExportErasureIT {

    private static final String PASSWORD = "a long and unusual passphrase 42";

    private record Customer(String email, String name, String token) {
    }

    private static Customer newCustomer(String label) throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String email = label + "-" + unique + "@example.org";
        String name = "Customer " + label + " " + unique;
        WebSession session = new WebSession();
        session.submit(session.get("/signup.xhtml"), "signup", Map.of("email", email, "name", name, "password", PASSWORD), "submit");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ?", email), "signed up " + email);
        // stands in for email verification (not built yet): orders are tied to an account by a verified email only
        CommerceSupport.execute("update app_user set email_verified = true where email = ?", email);
        return new Customer(email, name, token(email, PASSWORD));
    }

    private static String token(String email, String password) throws Exception {
        HttpResponse<String> issued = tokenFor(email, password);
        assertEquals(200, issued.statusCode(), issued.body());
        return HttpSupport.json(issued).getString("token");
    }

    private static HttpResponse<String> tokenFor(String email, String password) throws Exception {
        return HttpSupport.send("POST", "/api/auth/token", Json.createObjectBuilder().add("email", email).add("password", password)
                .build().toString());
    }

    private static HttpResponse<String> as(Customer c, String method, String path, String json) throws Exception {
        return HttpSupport.send(method, path, json, "Authorization", "Bearer " + c.token());
    }

    private static JsonObject address(String street, String phone) {
        return Json.createObjectBuilder().add("name", "Home of " + street).add("line1", street).add("postalCode", "10115")
                .add("city", "Berlin").add("country", "de").add("phone", phone)
                // fields a caller may not set are ignored
                .add("id", 1).add("ownerId", 1).add("version", 99).build();
    }

    private static long addAddress(Customer c, String street, String phone) throws Exception {
        HttpResponse<String> created = as(c, "POST", "/api/me/addresses", address(street, phone).toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = HttpSupport.json(created);
        assertEquals(street, body.getString("line1"));
        assertEquals("DE", body.getString("country"));
        assertEquals(phone, body.getString("phone"));
        assertEquals(0, body.getInt("version"), "the version in the body was ignored");
        return body.getJsonNumber("id").longValue();
    }

    private static String placeOrder(Customer c, String street) throws Exception {
        String sku = CommerceSupport.newSkuWithStock("25.00", 5);
        JsonObject body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 2), c.email(), null)
                .add("shippingAddress", Json.createObjectBuilder().add("name", c.name()).add("line1", street)
                        .add("postalCode", "20095").add("city", "Hamburg").add("country", "DE"))
                .build();
        HttpResponse<String> placed = CommerceSupport.checkout(body.toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return HttpSupport.json(placed).getString("number");
    }

    private static FieldCipher cipher() throws Exception {
        return FieldCipher.of(Files.readString(Path.of(System.getProperty("shop.var", "target/it"), "secrets", "crypto-keys")).strip(), null);
    }

    @Test
    void anAddressIsStoredEncryptedAndOnlyItsOwnerReachesIt() throws Exception {
        Customer a = newCustomer("addr-a");
        Customer b = newCustomer("addr-b");
        String street = "Rosenweg " + System.nanoTime() % 100000;
        long id = addAddress(a, street, "+49 30 1234567");

        try (Connection c = DatabaseSupport.connect(); PreparedStatement s = c.prepareStatement(
                "select name, line1, postal_code, city, phone, country from customer_address where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                for (String column : new String[] {"name", "line1", "postal_code", "city", "phone"}) {
                    assertTrue(rs.getString(column).startsWith("v1:"), column + " = " + rs.getString(column));
                }
                assertFalse(rs.getString("line1").contains("Rosenweg"));
                assertFalse(rs.getString("phone").contains("1234567"));
                assertEquals(street, cipher().decrypt(rs.getString("line1")));
                assertEquals("DE", rs.getString("country"));
            }
        }

        HttpResponse<String> own = as(a, "GET", "/api/me/addresses/" + id, null);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(street, HttpSupport.json(own).getString("line1"));

        // B asking for, changing or removing A's address: 404, as if it did not exist
        assertEquals(404, as(b, "GET", "/api/me/addresses/" + id, null).statusCode());
        assertEquals(404, as(b, "PUT", "/api/me/addresses/" + id, address("Stolen 1", "+1 555 0100").toString()).statusCode());
        assertEquals(404, as(b, "DELETE", "/api/me/addresses/" + id, null).statusCode());
        HttpResponse<String> listOfB = as(b, "GET", "/api/me/addresses", null);
        assertEquals(200, listOfB.statusCode(), listOfB.body());
        assertEquals(0, Json.createReader(new StringReader(listOfB.body())).readArray().size(), "B's book is empty");
        assertEquals(street, HttpSupport.json(as(a, "GET", "/api/me/addresses/" + id, null)).getString("line1"), "unchanged");
        assertEquals(401, HttpSupport.send("GET", "/api/me/addresses/" + id, null).statusCode(), "anonymous");

        HttpResponse<String> bad = as(a, "POST", "/api/me/addresses", "{\"name\":\"x\",\"line1\":\"y\",\"postalCode\":\"1\",\"city\":\"z\",\"country\":\"Germany\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(HttpSupport.json(bad).getJsonObject("errors").containsKey("country"), bad.body());
    }

    @Test
    void theExportHoldsTheCustomersOwnDataAndNobodyElses() throws Exception {
        Customer a = newCustomer("export-a");
        Customer b = newCustomer("export-b");
        String streetA = "Exportallee " + System.nanoTime() % 100000;
        addAddress(a, streetA, "+49 40 555");
        addAddress(b, "Fremdweg 9", "+49 40 777");
        String orderA = placeOrder(a, streetA);
        String orderB = placeOrder(b, "Fremdweg 9");

        HttpResponse<String> exported = as(a, "GET", "/api/me/export", null);
        assertEquals(200, exported.statusCode(), exported.body());
        assertTrue(exported.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject export = HttpSupport.json(exported);
        assertEquals(a.email(), export.getJsonObject("profile").getString("email"));
        assertEquals(a.name(), export.getJsonObject("profile").getString("displayName"));
        JsonArray addresses = export.getJsonArray("addresses");
        assertEquals(1, addresses.size(), exported.body());
        assertEquals(streetA, addresses.getJsonObject(0).getString("line1"));
        JsonArray orders = export.getJsonArray("orders");
        assertEquals(1, orders.size(), exported.body());
        JsonObject order = orders.getJsonObject(0);
        assertEquals(orderA, order.getString("number"));
        assertEquals(streetA, order.getJsonObject("shippingAddress").getString("line1"));
        assertEquals(2, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertTrue(order.getJsonObject("grandTotal").getJsonNumber("amount").bigDecimalValue().signum() > 0);
        assertFalse(exported.body().contains(orderB), "B's order is not in A's export");
        assertFalse(exported.body().contains("Fremdweg"), "B's address is not in A's export");
        assertFalse(exported.body().contains(b.email()));

        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'DATA_EXPORTED' and target = ?", a.email()));
        assertEquals(401, HttpSupport.send("GET", "/api/me/export", null).statusCode(), "anonymous");
    }

    @Test
    void anUnverifiedEmailOpensNoOrdersPlacedWithIt() throws Exception {
        Customer victim = newCustomer("guest");
        String number = placeOrder(victim, "Gastweg 5");
        // someone signs up with an address they do not own: it stays unverified
        String unique = Long.toString(System.nanoTime(), 36);
        String email = "claimed-" + unique + "@example.org";
        placeOrder(new Customer(email, "Guest " + unique, null), "Gastweg 6");
        WebSession session = new WebSession();
        session.submit(session.get("/signup.xhtml"), "signup", Map.of("email", email, "name", "Claimer", "password", PASSWORD), "submit");
        Customer claimer = new Customer(email, "Claimer", token(email, PASSWORD));
        HttpResponse<String> exported = as(claimer, "GET", "/api/me/export", null);
        assertEquals(200, exported.statusCode(), exported.body());
        assertEquals(0, HttpSupport.json(exported).getJsonArray("orders").size(), exported.body());
        assertFalse(exported.body().contains("Gastweg"));
        assertEquals(204, as(claimer, "POST", "/api/me/erase", Json.createObjectBuilder().add("password", PASSWORD).build().toString())
                .statusCode());
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_order where email = ?", email),
                "the guest order placed with that email is untouched");
        assertEquals(victim.email(), CommerceSupport.text("select email from customer_order where number = ?", number));
    }

    @Test
    void theAccountPageDownloadsTheSameExport() throws Exception {
        Customer a = newCustomer("button");
        String street = "Knopfgasse " + System.nanoTime() % 100000;
        addAddress(a, street, "+43 1 2345");
        WebSession browser = new WebSession();
        assertTrue(WebSession.isRedirect(browser.signIn(a.email(), PASSWORD)));
        HttpResponse<String> page = browser.get("/account/");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Download my data"), page.body());
        HttpResponse<String> download = browser.submit(page, "export", Map.of(), "download");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("openshop-data.json"));
        JsonObject export = HttpSupport.json(download);
        assertEquals(a.email(), export.getJsonObject("profile").getString("email"));
        assertEquals(street, export.getJsonArray("addresses").getJsonObject(0).getString("line1"));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'DATA_EXPORTED' and target = ?", a.email()));
    }

    @Test
    void erasureLeavesNoPersonalDataKeepsTotalsAndClosesTheAccount() throws Exception {
        Customer c = newCustomer("erase");
        Customer other = newCustomer("erase-other");
        String street = "Loeschstr. " + System.nanoTime() % 100000;
        long addressId = addAddress(c, street, "+49 89 4242");
        String number = placeOrder(c, street);
        String otherNumber = placeOrder(other, "Bleibweg 3");
        addAddress(other, "Bleibweg 3", "+49 89 1111");
        long accountId = DatabaseSupport.count("select id from app_user where email = ?", c.email());
        // paid: the order workflow queues a confirmation email to them, which erasure must not leave behind
        assertEquals(200, WorkflowSupport.capture(number, StripeSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> DatabaseSupport.count("select count(*) from mail_outbox where dedupe_key = ?",
                "order-confirmation/" + number) == 1);
        assertEquals(1, DatabaseSupport.count("select count(*) from mail_outbox where lower(recipient) = lower(?) and dedupe_key = ?",
                c.email(), "order-confirmation/" + number), "the confirmation is queued to them (besides their sign-up's verification)");
        String totalsBefore = CommerceSupport.text("select subtotal || '/' || tax || '/' || grand_total || '/' ||"
                + " (select string_agg(tax::text || ':' || total::text, ',' order by position) from order_line where order_id = o.id)"
                + " from customer_order o where number = ?", number);

        HttpResponse<String> wrong = as(c, "POST", "/api/me/erase", "{\"password\":\"not my password at all\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ?", c.email()), "nothing erased");

        HttpResponse<String> erased = as(c, "POST", "/api/me/erase", Json.createObjectBuilder().add("password", PASSWORD).build().toString());
        assertEquals(204, erased.statusCode(), erased.body());

        // the account: placeholder email, blank name, disabled
        try (Connection db = DatabaseSupport.connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select email, display_name, status from app_user where id = " + accountId)) {
            assertTrue(rs.next());
            assertEquals("erased-" + accountId + "@erased.invalid", rs.getString("email"));
            assertFalse(rs.getString("display_name").contains(c.name().substring(9)));
            assertEquals("DISABLED", rs.getString("status"));
        }
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where lower(email) = lower(?) or display_name = ?", c.email(), c.name()));
        // the address book: gone
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_address where owner_id = ? or id = ?", accountId, addressId));
        // the order: no email, name or street; country and every amount kept
        FieldCipher cipher = cipher();
        try (Connection db = DatabaseSupport.connect(); PreparedStatement s = db.prepareStatement(
                "select email, ship_name, ship_line1, ship_line2, ship_postal_code, ship_city, ship_country from customer_order where number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("erased-" + accountId + "@erased.invalid", rs.getString("email"));
                for (String column : new String[] {"ship_name", "ship_line1", "ship_postal_code", "ship_city"}) {
                    String stored = rs.getString(column);
                    assertTrue(cipher.decrypt(stored).isEmpty(), column + " blanked");
                }
                assertTrue(rs.getString("ship_line2") == null || cipher.decrypt(rs.getString("ship_line2")).isEmpty());
                assertEquals("DE", rs.getString("ship_country"));
            }
        }
        assertEquals(totalsBefore, CommerceSupport.text("select subtotal || '/' || tax || '/' || grand_total || '/' ||"
                + " (select string_agg(tax::text || ':' || total::text, ',' order by position) from order_line where order_id = o.id)"
                + " from customer_order o where number = ?", number), "totals and tax lines kept");
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_order where lower(email) = lower(?)", c.email()));
        // their emails: no address, no content, and not sent later
        assertEquals(0, DatabaseSupport.count("select count(*) from mail_outbox where lower(recipient) = lower(?)", c.email()));
        assertEquals(0, DatabaseSupport.count("select count(*) from mail_outbox where dedupe_key = ? and (body_text <> '(erased)'"
                + " or body_html is not null or subject <> '(erased)')", "order-confirmation/" + number));
        assertEquals("DONE", WorkflowSupport.mailStep("order-confirmation/" + number));
        // somebody else's order is untouched
        assertEquals(other.email(), CommerceSupport.text("select email from customer_order where number = ?", otherNumber));
        assertEquals(1, DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?",
                other.email()));

        // no more signing in, and the old token opens nothing
        assertEquals(401, tokenFor(c.email(), PASSWORD).statusCode());
        HttpResponse<String> afterwards = as(c, "GET", "/api/me/export", null);
        assertEquals(401, afterwards.statusCode(), afterwards.body());
        assertEquals(401, as(c, "GET", "/api/me/addresses", null).statusCode());
        WebSession browser = new WebSession();
        HttpResponse<String> form = browser.signIn(c.email(), PASSWORD);
        assertFalse(WebSession.isRedirect(form), "the sign-in form refuses an erased account");

        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'DATA_ERASED' and target = ?",
                "erased-" + accountId + "@erased.invalid"));
    }

    @Test
    void anAdministratorErasesACustomerOnRequestAndNobodyElseMay() throws Exception {
        Customer c = newCustomer("admin-erase");
        Customer other = newCustomer("not-admin");
        String number = placeOrder(c, "Antragsweg 1");
        String body = Json.createObjectBuilder().add("email", c.email()).build().toString();
        assertEquals(401, HttpSupport.send("POST", "/api/admin/personal-data/erase", body).statusCode(), "anonymous");
        assertEquals(403, as(other, "POST", "/api/admin/personal-data/erase", body).statusCode(), "a customer");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and status = 'ACTIVE'", c.email()));

        Customer admin = new Customer(TestSettings.adminEmail(), "admin", StaffSupport.adminToken());
        HttpResponse<String> erased = as(admin, "POST", "/api/admin/personal-data/erase", body);
        assertEquals(204, erased.statusCode(), erased.body());
        assertEquals(404, as(admin, "POST", "/api/admin/personal-data/erase", body).statusCode(), "already erased");
        assertEquals(404, as(admin, "POST", "/api/admin/personal-data/erase",
                Json.createObjectBuilder().add("email", TestSettings.adminEmail()).build().toString()).statusCode(),
                "staff are not erased this way");
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where lower(email) = lower(?)", c.email()));
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_order where lower(email) = lower(?)", c.email()));
        assertTrue(CommerceSupport.text("select email from customer_order where number = ?", number).endsWith("@erased.invalid"));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'DATA_ERASED' and actor = ?"
                + " and before->>'email' = ?", TestSettings.adminEmail(), c.email()));
        assertEquals(401, tokenFor(c.email(), PASSWORD).statusCode());
    }

    @AfterAll
    static void forgetTheAttemptsOfThisMachine() throws Exception {
        DatabaseSupport.forgetLoginAttempts();
    }
}
