package io.openshop.systemtest.security;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.domain.shared.FieldCipher;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.openshop.systemtest.support.CommerceSupport.json;
import static io.openshop.systemtest.support.CommerceSupport.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data at rest: what the shop writes to the database is AES-GCM ciphertext under the key
 * the shop script generated into a password alias, the API shows the plaintext to its owner, a
 * changed ciphertext is a clear error rather than other data, and rows from before encryption
 * still read.
 */
@ExtendWith(SharedDeployment.class)
class EncryptionAtRestIT {

    private static final String[] ENCRYPTED = {"ship_name", "ship_line1", "ship_line2", "ship_postal_code", "ship_city"};

    private record Placed(String number, String email, String name, String line1, String line2, String postalCode, String city) {
    }

    private static Placed placeOrder() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        Placed p = new Placed(null, "crypt-" + unique + "@example.org", "Grace Hopper " + unique, "Geheimweg " + unique,
                "Hinterhaus " + unique, "1" + unique.substring(unique.length() - 4), "Sankt " + unique);
        String sku = CommerceSupport.newSkuWithStock("12.00", 5);
        JsonObject body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), p.email(), null)
                .add("shippingAddress", Json.createObjectBuilder().add("name", p.name()).add("line1", p.line1())
                        .add("line2", p.line2()).add("postalCode", p.postalCode()).add("city", p.city()).add("country", "DE"))
                .build();
        HttpResponse<String> placed = CommerceSupport.checkout(body.toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        return new Placed(json(placed).getString("number"), p.email(), p.name(), p.line1(), p.line2(), p.postalCode(), p.city());
    }

    private static Map<String, String> storedColumns(String number) throws Exception {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection c = DatabaseSupport.connect(); PreparedStatement s = c.prepareStatement(
                "select ship_name, ship_line1, ship_line2, ship_postal_code, ship_city, ship_country from customer_order where number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "order " + number + " stored");
                for (String column : ENCRYPTED) {
                    columns.put(column, rs.getString(column));
                }
                columns.put("ship_country", rs.getString("ship_country"));
            }
        }
        return columns;
    }

    private static FieldCipher cipherFromTheGeneratedKeys() throws Exception {
        String keys = Files.readString(Path.of(System.getProperty("shop.var", "target/it"), "secrets", "crypto-keys")).strip();
        return FieldCipher.of(keys, null);
    }

    private static HttpResponse<String> view(Placed p) throws Exception {
        return send("GET", "/api/orders/" + p.number() + "?email=" + p.email(), null);
    }

    @Test
    void theShippingAddressIsStoredEncryptedAndShownInClearToItsCustomer() throws Exception {
        Placed p = placeOrder();
        Map<String, String> stored = storedColumns(p.number());
        FieldCipher cipher = cipherFromTheGeneratedKeys();
        String[] plain = {p.name(), p.line1(), p.line2(), p.postalCode(), p.city()};
        for (int i = 0; i < ENCRYPTED.length; i++) {
            String value = stored.get(ENCRYPTED[i]);
            assertTrue(value.startsWith("v1:" + cipher.currentKeyId() + ":"), ENCRYPTED[i] + " = " + value);
            assertFalse(value.contains(plain[i]), ENCRYPTED[i] + " holds no plaintext");
            // the key the shop used is the one the shop script generated into the password alias
            assertEquals(plain[i], cipher.decrypt(value), ENCRYPTED[i]);
        }
        assertEquals("DE", stored.get("ship_country"), "the country stays in clear for tax and shipping");
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_order where ship_name = ? or ship_line1 = ?"
                + " or ship_city = ?", p.name(), p.line1(), p.city()), "no row holds the plaintext");

        HttpResponse<String> shown = view(p);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject address = json(shown).getJsonObject("shippingAddress");
        assertEquals(p.name(), address.getString("name"));
        assertEquals(p.line1(), address.getString("line1"));
        assertEquals(p.line2(), address.getString("line2"));
        assertEquals(p.postalCode(), address.getString("postalCode"));
        assertEquals(p.city(), address.getString("city"));
        assertEquals("DE", address.getString("country"));
    }

    @Test
    void aChangedCiphertextIsAClearErrorNotOtherData() throws Exception {
        Placed p = placeOrder();
        String city = storedColumns(p.number()).get("ship_city");
        int at = city.length() - 10;
        char flipped = city.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = city.substring(0, at) + flipped + city.substring(at + 1);
        CommerceSupport.execute("update customer_order set ship_city = ? where number = ?", tampered, p.number());
        try {
            theTamperedOrderIsRefused(p);
        } finally {
            CommerceSupport.execute("update customer_order set ship_city = ? where number = ?", city, p.number());
        }
        assertEquals(200, view(p).statusCode(), "the original ciphertext reads again");
    }

    private static void theTamperedOrderIsRefused(Placed p) throws Exception {
        HttpResponse<String> shown = view(p);
        assertEquals(500, shown.statusCode(), shown.body());
        assertTrue(shown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), shown.body());
        assertTrue(json(shown).getString("detail").contains("integrity check"), shown.body());
        assertFalse(shown.body().contains(p.name()), "nothing of the order is shown");
        assertFalse(shown.body().contains("Exception"), "no exception names in answers");
    }

    private static String adminToken() throws Exception {
        return StaffSupport.adminToken(); // password and one-time code
    }

    @Test
    void theReencryptCommandRewritesLegacyRowsUnderTheCurrentKey() throws Exception {
        Placed p = placeOrder();
        CommerceSupport.execute("update customer_order set ship_name = 'Old Plain', ship_city = 'Potsdam' where number = ?", p.number());
        assertEquals(401, HttpSupport.send("POST", "/api/admin/personal-data/reencrypt", null).statusCode(), "anonymous");

        String token = adminToken();
        int total = 0;
        for (int round = 0; round < 1000; round++) {
            HttpResponse<String> batch = HttpSupport.send("POST", "/api/admin/personal-data/reencrypt?batchSize=200", null,
                    "Authorization", "Bearer " + token);
            assertEquals(200, batch.statusCode(), batch.body());
            int rewritten = json(batch).getInt("rewritten");
            if (rewritten == 0) {
                break;
            }
            total += rewritten;
        }
        assertTrue(total >= 1, "at least the legacy row was rewritten");
        FieldCipher cipher = cipherFromTheGeneratedKeys();
        Map<String, String> stored = storedColumns(p.number());
        assertTrue(stored.get("ship_name").startsWith("v1:" + cipher.currentKeyId() + ":"), stored.toString());
        assertEquals("Old Plain", cipher.decrypt(stored.get("ship_name")));
        assertEquals("Potsdam", cipher.decrypt(stored.get("ship_city")));
        assertEquals(p.line1(), cipher.decrypt(stored.get("ship_line1")), "values already current are kept");
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_order where ship_name not like 'v1:%'"));
        assertEquals("Old Plain", json(view(p)).getJsonObject("shippingAddress").getString("name"));
        assertTrue(DatabaseSupport.count("select count(*) from audit_log where action = 'DATA_REENCRYPTED'") >= 1);
    }

    @Test
    void aRowWrittenBeforeEncryptionStillReads() throws Exception {
        Placed p = placeOrder();
        CommerceSupport.execute("update customer_order set ship_name = 'Legacy Lovelace', ship_line1 = 'Alte Str. 5',"
                + " ship_line2 = null, ship_postal_code = '10117', ship_city = 'Berlin' where number = ?", p.number());

        HttpResponse<String> shown = view(p);
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject address = json(shown).getJsonObject("shippingAddress");
        assertEquals("Legacy Lovelace", address.getString("name"));
        assertEquals("Alte Str. 5", address.getString("line1"));
        assertTrue(!address.containsKey("line2") || address.isNull("line2"), address.toString());
        assertEquals("10117", address.getString("postalCode"));
        assertEquals("Berlin", address.getString("city"));
    }
}
