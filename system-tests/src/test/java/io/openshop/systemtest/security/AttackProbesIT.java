package io.openshop.systemtest.security;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.openshop.systemtest.support.WebSession.isRedirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attacker's probes against the deployed shop: stored and reflected XSS in the storefront and
 * the back office, SQL injection in search, filter, sort and paging parameters, mass assignment,
 * CSRF on Faces and REST, headers and cookie flags on every kind of answer, no internals in any
 * answer, and no card number anywhere in the database or the server log.
 */
@ExtendWith(SharedDeployment.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackProbesIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String MARK = "probe" + RUN;
    private static final String PASSWORD = "Saffron-Glacier-Pylon-27";
    /** Stored XSS in every form we know: a script element, breaking out of an attribute, closing the JSON-LD script. */
    private static final String NAME_PAYLOAD = MARK + " <script>alert('n')</script> \"><img src=x onerror=alert('i')> </script><script>alert('j')</script>";
    private static final String TEXT_PAYLOAD = "javascript:alert('d') <a href=\"javascript:alert('h')\">x</a> </script><script>alert('ld')</script> "
            + "'\"><svg onload=alert('s')>";

    private static String adminToken() throws Exception {
        return StaffSupport.adminToken();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("(?i)[\\s\"'/]on[a-z]+\\s*=");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)\\b(href|src|action|formaction)\\s*=\\s*[\"']?\\s*javascript:");
    private static final Pattern IMG_X = Pattern.compile("(?is)^<img\\b.*\\ssrc\\s*=\\s*x\\b");

    /**
     * Raw HTML with no executable trace of the payloads: no script element that calls alert, no
     * tag with an event-handler attribute (quoted attribute values are taken out first, so escaped
     * text inside them does not count; with CSP no page has inline handlers at all), no javascript:
     * URL in a link, no img with src=x; and every JSON-LD block still parses.
     */
    static void assertNoExecutablePayload(String html, String where) {
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!script.group(1).contains("ld+json") && script.group(2).contains("alert(")) {
                throw new AssertionError(where + " runs an injected script:\n" + around(html, script.start()));
            }
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String markup = tag.group();
            String bare = markup.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'[^']*'", "''");
            if (EVENT_ATTRIBUTE.matcher(bare).find() || SCRIPT_URL.matcher(markup).find() || IMG_X.matcher(bare).find()) {
                throw new AssertionError(where + " carries an injected tag or attribute: " + markup + "\n" + around(html, tag.start()));
            }
        }
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL).matcher(html);
        while (ld.find()) {
            try (JsonReader reader = Json.createReader(new StringReader(ld.group(1)))) {
                reader.readObject(); // a payload that closed the script element early leaves broken JSON behind
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": the JSON-LD was cut short: " + ld.group(1), e);
            }
        }
    }

    private static String around(String html, int i) {
        return html.substring(Math.max(0, i - 200), Math.min(html.length(), i + 200));
    }

    private static String slug;

    @Test
    @Order(1)
    void storedScriptInAProductIsShownAsTextInTheStorefrontAndTheBackOffice() throws Exception {
        slug = "probe-" + RUN;
        JsonObject product = Json.createObjectBuilder().add("category", "home-kitchen").add("slug", slug)
                .add("sku", "PRB-" + RUN.toUpperCase(Locale.ROOT)).add("name", NAME_PAYLOAD).add("description", TEXT_PAYLOAD)
                .add("price", 19.5).add("currency", "EUR").build();
        HttpResponse<String> created = HttpSupport.send("POST", "/api/admin/catalog/products", product.toString(),
                "Authorization", "Bearer " + adminToken());
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> page = HttpSupport.get("/product.xhtml?slug=" + slug);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertNoExecutablePayload(html, "product page");
        assertTrue(html.contains(MARK), "the product is on its page");
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(html);
        assertTrue(title.find() && title.group(1).contains("&lt;script&gt;"), "the title shows the name as text: " + html);
        Matcher meta = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\"").matcher(html);
        assertTrue(meta.find() && meta.group(1).contains("javascript:alert"), "the description stays inside its attribute");
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(ld.find(), "the page has structured data");
        try (JsonReader reader = Json.createReader(new StringReader(ld.group(1)))) {
            JsonObject data = reader.readObject();
            assertEquals(NAME_PAYLOAD, data.getString("name"), "JSON-LD holds the whole name, escaped");
            assertEquals(TEXT_PAYLOAD, data.getString("description"));
        }
        assertFalse(ld.group(1).contains("<"), "no '<' at all inside the JSON-LD");

        for (String path : List.of("/search.xhtml?q=" + MARK, "/category.xhtml?c=home-kitchen&sort=newest",
                "/api/products/" + slug, "/api/search?q=" + MARK)) {
            HttpResponse<String> answer = HttpSupport.get(path);
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.body().contains(MARK), path + " shows the probe:\n" + answer.body());
            if (path.startsWith("/api/")) {
                assertTrue(HttpSupport.contentType(answer).startsWith("application/json"), path + " is data, not a page");
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            } else {
                assertNoExecutablePayload(answer.body(), path);
            }
        }

        WebSession admin = StaffSupport.adminSession();
        HttpResponse<String> edit = admin.get("/admin/product.xhtml?slug=" + slug);
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains(MARK), edit.body());
        assertNoExecutablePayload(edit.body(), "back office product page");
        HttpResponse<String> overview = admin.get("/admin/");
        assertNoExecutablePayload(overview.body(), "back office overview");
    }

    @Test
    @Order(2)
    void searchWordsAreReflectedAsText() throws Exception {
        for (String probe : List.of(NAME_PAYLOAD, TEXT_PAYLOAD, "\"onmouseover=\"alert(1)")) {
            for (String path : List.of("/search.xhtml?q=", "/category.xhtml?c=home-kitchen&sort=", "/login.xhtml?continue=")) {
                HttpResponse<String> answer = new WebSession().get(path + q(probe));
                assertTrue(answer.statusCode() < 500, path + " " + answer.statusCode());
                assertNoExecutablePayload(answer.body(), path + probe);
            }
        }
    }

    @Test
    @Order(3)
    void scriptInACustomersNameAndAddressIsShownAsText() throws Exception {
        String email = "xss-" + RUN + "@example.com";
        String name = "<script>alert('c')</script>\"><img src=x onerror=alert('c')>";
        SignedUpCustomers.signUp(email, name, PASSWORD);
        WebSession customer = SignedUpCustomers.signedIn(email, PASSWORD);
        HttpResponse<String> account = customer.get("/account/");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("&lt;script&gt;alert"), account.body());
        assertNoExecutablePayload(account.body(), "account page");

        String token = SignedUpCustomers.token(email, PASSWORD);
        HttpResponse<String> address = HttpSupport.send("POST", "/api/me/addresses", Json.createObjectBuilder().add("name", name)
                .add("line1", TEXT_PAYLOAD.substring(0, 60)).add("postalCode", "10115").add("city", "<b>Berlin</b>").add("country", "DE")
                .build().toString(), "Authorization", "Bearer " + token);
        assertTrue(address.statusCode() == 201 || address.statusCode() == 400, address.body());
        HttpResponse<String> export = HttpSupport.send("GET", "/api/me/export", null, "Authorization", "Bearer " + token);
        assertEquals(200, export.statusCode());
        assertTrue(HttpSupport.contentType(export).startsWith("application/json"), "data, never a page");
        assertEquals("nosniff", export.headers().firstValue("X-Content-Type-Options").orElse(""));

        // a member of staff's name in the back office header
        String staff = "xss-staff-" + RUN + "@example.com";
        SignedUpCustomers.staff(staff, "CATALOG_MANAGER");
        CommerceSupport.execute("update app_user set display_name = ? where email = ?", name, staff);
        HttpResponse<String> office = SignedUpCustomers.signedIn(staff, TestSettings.adminPassword()).get("/admin/");
        assertEquals(200, office.statusCode());
        assertTrue(office.body().contains("&lt;script&gt;alert"), office.body());
        assertNoExecutablePayload(office.body(), "back office header");
    }

    /** The answer to a parameter value, reduced to what would reveal an injection: status, and the number of rows. */
    private static String outcome(String path) throws Exception {
        HttpResponse<String> answer = HttpSupport.get(path);
        int status = answer.statusCode();
        assertTrue(status < 500, path + " answered " + status + ": " + answer.body());
        assertNoInternals(answer, path);
        if (status >= 400) {
            assertTrue(HttpSupport.contentType(answer).startsWith("application/problem+json"), path + " " + HttpSupport.contentType(answer));
            return String.valueOf(status);
        }
        JsonObject body = HttpSupport.json(answer);
        return status + " total=" + (body.containsKey("total") ? body.getJsonNumber("total").longValue() : body.getJsonArray("items").size());
    }

    private static long total(String outcome) {
        int i = outcome.indexOf("total=");
        return i < 0 ? 0 : Long.parseLong(outcome.substring(i + "total=".length()));
    }

    static final List<String> SQL_PAYLOADS = List.of("'", "''", "\"", "';--", "' OR 1=1--", "' OR '1'='1", "1 OR 1=1",
            "x'; select pg_sleep(5)--", "1; select pg_sleep(5)", "' UNION SELECT null,null,null--",
            "x' UNION SELECT email, password_hash FROM app_user--", "%' --", "\\", "1)) OR ((1=1", "$$; drop table product; --",
            "0x27", "-1", "99999999999999999999", "name desc; delete from product");

    @Test
    @Order(4)
    void sqlInSearchFilterSortAndPagingParametersIsNeverExecuted() throws Exception {
        long products = DatabaseSupport.count("select count(*) from product");
        long users = DatabaseSupport.count("select count(*) from app_user");
        Map<String, String> params = new LinkedHashMap<>();
        // parameter → a harmless wrong value of the same parameter, answered as the payload must be
        params.put("/api/search?q=", null);
        params.put("/api/search?q=kitchen&category=", "no-such-category");
        params.put("/api/search?q=kitchen&price=", "no-such-band");
        params.put("/api/search?q=kitchen&sort=", "no-such-order");
        params.put("/api/search?q=kitchen&after=", "no-such-cursor");
        params.put("/api/search?q=kitchen&size=", "abc");
        params.put("/api/search?q=kitchen&currency=", "XXX");
        params.put("/api/search?q=kitchen&attr.color=", "no-such-colour");
        params.put("/api/products?page=", "abc");
        params.put("/api/products?size=", "abc");
        params.put("/api/products?category=", "no-such-category");
        params.put("/api/products?currency=", "XXX");
        List<String> differing = new ArrayList<>();
        for (var param : params.entrySet()) {
            for (String payload : SQL_PAYLOADS) {
                String got = outcome(param.getKey() + q(payload));
                if (param.getValue() == null) {
                    // search words: an injection would widen the hits; the payload may find no more than its own words
                    // do, read both ways the search reads text: full-text words split at punctuation ("1=1" is 1 and 1),
                    // and the typo search's name without punctuation ("1=1" is 11); its hits are within the two's
                    if (payload.matches("-?[0-9]+")) {
                        continue; // a number, or "-1": search syntax (a leading "-" excludes a word), not SQL
                    }
                    String spaced = payload.replaceAll("[^A-Za-z0-9 ]", " ").strip();
                    String squeezed = payload.replaceAll("[^A-Za-z0-9 ]", "").strip();
                    String bySpaced = outcome(param.getKey() + q(spaced.isEmpty() ? "zzqqxx" + RUN : spaced));
                    String bySqueezed = outcome(param.getKey() + q(squeezed.isEmpty() ? "zzqqxx" + RUN : squeezed));
                    if (!got.startsWith("200") || total(got) > total(bySpaced) + total(bySqueezed)) {
                        differing.add(param.getKey() + payload + " → " + got + ", its words alone → " + bySpaced + " and "
                                + bySqueezed);
                    }
                    continue;
                }
                String expected = outcome(param.getKey() + q(param.getValue()));
                boolean numeric = payload.matches("-?[0-9]+");
                if (!got.equals(expected) && !numeric) {
                    differing.add(param.getKey() + payload + " → " + got + ", a wrong value → " + expected);
                }
            }
        }
        assertTrue(differing.isEmpty(), "answers that differ from a harmless wrong value:\n  " + String.join("\n  ", differing));
        for (String page : List.of("/search.xhtml?q=", "/category.xhtml?c=home-kitchen&sort=", "/category.xhtml?c=home-kitchen&price=",
                "/category.xhtml?c=home-kitchen&size=", "/category.xhtml?c=home-kitchen&after=", "/category.xhtml?c=")) {
            for (String payload : SQL_PAYLOADS) {
                HttpResponse<String> answer = HttpSupport.get(page + q(payload));
                assertTrue(answer.statusCode() < 500, page + payload + " answered " + answer.statusCode());
                assertNoInternals(answer, page + payload);
            }
        }
        assertEquals(products, DatabaseSupport.count("select count(*) from product"), "nothing dropped or deleted");
        assertEquals(users, DatabaseSupport.count("select count(*) from app_user"));
    }

    @Test
    @Order(5)
    void fieldsACallerMayNotSetAreIgnored() throws Exception {
        // sign-up: a role or kind sent along with the form
        String email = "mass-" + RUN + "@example.com";
        WebSession visitor = new WebSession();
        HttpResponse<String> form = visitor.get("/signup.xhtml");
        visitor.submit(form, "signup", Map.of("email", email, "name", "Max Mass", "password", PASSWORD, "role", "ADMIN",
                "kind", "STAFF", "status", "ACTIVE", "emailVerified", "true"), "submit");
        assertEquals("CUSTOMER", CommerceSupport.text("select kind from app_user where email = ?", email));
        assertEquals("CUSTOMER", CommerceSupport.text("select string_agg(role, ',') from user_role r join app_user u on u.id = r.user_id"
                + " where u.email = ?", email));
        assertEquals("f", CommerceSupport.text("select email_verified from app_user where email = ?", email));
        String token = SignedUpCustomers.token(email, PASSWORD);

        // cart: a chosen token, status, owner, version; a line with its own price
        HttpResponse<String> cart = HttpSupport.send("POST", "/api/carts", "{\"currency\":\"EUR\",\"token\":\"" + "a".repeat(40)
                + "\",\"id\":1,\"customerId\":1,\"status\":\"CHECKED_OUT\",\"version\":7}");
        assertEquals(201, cart.statusCode(), cart.body());
        String cartToken = HttpSupport.json(cart).getString("token");
        assertNotEquals("a".repeat(40), cartToken);
        assertNotEquals("7", CommerceSupport.text("select version from cart where token = ?", cartToken));
        assertEquals(null, CommerceSupport.text("select customer_id from cart where token = ?", cartToken));
        assertEquals(null, CommerceSupport.text("select checked_out_at from cart where token = ?", cartToken));
        String sku = CommerceSupport.newSkuWithStock("40.00", 5);
        HttpResponse<String> line = HttpSupport.send("POST", "/api/carts/" + cartToken + "/lines", "{\"sku\":\"" + sku
                + "\",\"quantity\":1,\"price\":0.01,\"unitPrice\":{\"amount\":0.01,\"currency\":\"EUR\"},\"lineTotal\":0.01}");
        assertEquals(200, line.statusCode(), line.body());
        assertTrue(line.body().contains("40.00") || line.body().contains("40.0") || line.body().contains(":40"), line.body());
        assertFalse(line.body().contains("0.01"), line.body());

        // checkout: totals, status, number, owner sent along are not taken
        JsonObject checkout = CommerceSupport.checkout(cartToken, email, null).add("grandTotal", 0.01).add("total", 0.01)
                .add("subtotal", 0.01).add("status", "PAID").add("number", "HACK-" + RUN).add("id", 1).add("customerId", 1)
                .add("discount", 39.99).add("version", 5).build();
        HttpResponse<String> placed = CommerceSupport.checkout(checkout.toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());
        String number = HttpSupport.json(placed).getString("number");
        assertNotEquals("HACK-" + RUN, number);
        assertEquals("40.00", CommerceSupport.text("select subtotal from customer_order where number = ?", number));
        assertEquals("0.00", CommerceSupport.text("select discount from customer_order where number = ?", number));
        assertNotEquals("PAID", CommerceSupport.text("select status from customer_order where number = ?", number));
        assertNotEquals("0.01", CommerceSupport.text("select grand_total from customer_order where number = ?", number));

        // address: id, owner, version
        HttpResponse<String> address = HttpSupport.send("POST", "/api/me/addresses", Json.createObjectBuilder().add("name", "Max")
                .add("line1", "Am Hang 3").add("postalCode", "10115").add("city", "Berlin").add("country", "DE").add("id", 1)
                .add("ownerId", 1).add("customerId", 1).add("userId", 1).add("version", 42).add("role", "ADMIN").build().toString(),
                "Authorization", "Bearer " + token);
        assertEquals(201, address.statusCode(), address.body());
        long addressId = HttpSupport.json(address).getJsonNumber("id").longValue();
        assertEquals(email, CommerceSupport.text("select u.email from customer_address a join app_user u on u.id = a.owner_id where a.id = ?",
                addressId));
        assertNotEquals("42", CommerceSupport.text("select version from customer_address where id = ?", addressId));

        // admin product: id, version, timestamps; a change may not move slug or SKU
        String admin = adminToken();
        String productSlug = "mass-" + RUN;
        HttpResponse<String> product = HttpSupport.send("POST", "/api/admin/catalog/products", Json.createObjectBuilder()
                .add("category", "home-kitchen").add("slug", productSlug).add("sku", "MAS-" + RUN.toUpperCase(Locale.ROOT))
                .add("name", "Mass probe").add("description", "").add("price", 5).add("currency", "EUR").add("id", 1).add("version", 9)
                .add("createdAt", "2000-01-01T00:00:00Z").build().toString(), "Authorization", "Bearer " + admin);
        assertEquals(201, product.statusCode(), product.body());
        assertNotEquals("1", CommerceSupport.text("select id from product where slug = ?", productSlug));
        assertNotEquals("9", CommerceSupport.text("select version from product where slug = ?", productSlug));
        assertNotEquals("2000", CommerceSupport.text("select extract(year from created_at)::int from product where slug = ?", productSlug));
        HttpResponse<String> change = HttpSupport.send("PUT", "/api/admin/catalog/products/" + productSlug, Json.createObjectBuilder()
                .add("name", "Mass probe 2").add("description", "").add("price", 6).add("currency", "EUR").add("slug", "moved-" + RUN)
                .add("sku", "MOVED-" + RUN).add("version", 0).add("id", 2).build().toString(),
                "Authorization", "Bearer " + admin, "If-Match", product.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, change.statusCode(), change.body());
        assertEquals("MAS-" + RUN.toUpperCase(Locale.ROOT), CommerceSupport.text("select sku from product where slug = ?", productSlug));
        assertEquals(0, DatabaseSupport.count("select count(*) from product where slug = ?", "moved-" + RUN));
    }

    @Test
    @Order(6)
    void forgedFacesPostsAndCookieAuthenticatedApiWritesAreRefused() throws Exception {
        String email = "csrf-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Cora Csrf", PASSWORD);
        CommerceSupport.execute("update app_user set email_verified = true where email = ?", email);
        WebSession victim = SignedUpCustomers.signedIn(email, PASSWORD);
        HttpResponse<String> account = victim.get("/account/");
        assertEquals(200, account.statusCode());

        // what a cross-site form can send: the button, but no (or a made-up) view state
        for (String viewState : new String[] {null, "-1234567890:987654321", "stateless"}) {
            String body = "export=export&export%3Adownload=Download+my+data"
                    + (viewState == null ? "" : "&jakarta.faces.ViewState=" + q(viewState));
            HttpResponse<String> forged = victim.post("/account/index.xhtml", body);
            assertFalse(forged.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
                    "a forged post downloaded the data (view state " + viewState + ")");
            assertFalse(forged.body().contains("\"addresses\""), forged.body());
            assertNoInternals(forged, "forged Faces post");
        }
        assertEquals(0, DatabaseSupport.count("select count(*) from audit_log where action = 'DATA_EXPORTED' and target = ?", email));
        // the real form, with its view state, still works
        HttpResponse<String> real = victim.submit(account, "export", Map.of(), "download");
        assertTrue(real.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), real.headers().map().toString());

        // the session cookie opens no REST write (nor read)
        long addresses = DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?", email);
        HttpResponse<String> write = victim.post("/api/me/addresses", "{\"name\":\"X\",\"line1\":\"Y 1\",\"postalCode\":\"1\",\"city\":\"Z\",\"country\":\"DE\"}",
                "application/json");
        assertEquals(401, write.statusCode(), write.body());
        HttpResponse<String> erase = victim.post("/api/me/erase", "{\"password\":\"" + PASSWORD + "\"}", "application/json");
        assertEquals(401, erase.statusCode(), erase.body());
        HttpResponse<String> asForm = victim.post("/api/me/erase", "password=" + q(PASSWORD), "text/plain");
        assertTrue(asForm.statusCode() == 401 || asForm.statusCode() == 415, asForm.statusCode() + " " + asForm.body());
        assertEquals(addresses, DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?", email));
        assertEquals("ACTIVE", CommerceSupport.text("select status from app_user where email = ?", email));
    }

    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(exception|\\bat (io|java|jakarta|org|com|sun|fish)\\.[\\w.$]+\\(|payara|glassfish|grizzly|mojarra|eclipselink|yasson|"
                    + "jersey|postgresql|psql|sqlstate|syntax error|stack ?trace|\\b6\\.20\\d\\d\\.\\d)");

    static void assertNoInternals(HttpResponse<String> answer, String where) {
        Matcher m = INTERNALS.matcher(answer.body());
        if (m.find()) {
            throw new AssertionError(where + " shows internals (" + m.group() + "):\n" + answer.body());
        }
        assertTrue(answer.headers().firstValue("Server").isEmpty(), where + ": Server " + answer.headers().firstValue("Server"));
        assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), where + ": X-Powered-By");
    }

    static void assertProtectiveHeaders(HttpResponse<String> answer, String where) {
        var h = answer.headers();
        String what = where + " " + answer.statusCode() + " " + h.map();
        assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), what);
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), what);
        assertTrue(h.firstValue("Referrer-Policy").isPresent(), what);
        for (String cookie : h.allValues("Set-Cookie")) {
            assertTrue(cookie.contains("HttpOnly"), what);
            assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite="), what);
        }
        assertNoInternals(answer, where);
    }

    @Test
    @Order(7)
    void everyKindOfAnswerCarriesTheHeadersAndNoInternals() throws Exception {
        String email = "errors-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Erin Errors", PASSWORD);
        String token = SignedUpCustomers.token(email, PASSWORD);
        HttpResponse<String> address = HttpSupport.send("POST", "/api/me/addresses", "{\"name\":\"Erin\",\"line1\":\"Weg 1\","
                + "\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"}", "Authorization", "Bearer " + token);
        long id = HttpSupport.json(address).getJsonNumber("id").longValue();
        CommerceSupport.execute("update customer_address set line1 = 'v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' where id = ?", id);

        record Probe(String method, String path, String body, int status, String[] headers) {
        }
        String bearer = "Bearer " + token;
        List<Probe> probes = List.of(
                new Probe("GET", "/api/search?size=abc", null, 400, new String[0]),
                new Probe("POST", "/api/carts", "{not json", 400, new String[0]),
                new Probe("POST", "/api/checkout", "{\"cartToken\": 12, \"email\": [", 400, new String[0]),
                new Probe("GET", "/api/me", null, 401, new String[0]),
                new Probe("GET", "/api/admin/catalog/products/anything", null, 403, new String[] {"Authorization", bearer}),
                new Probe("GET", "/api/no-such-resource", null, 404, new String[0]),
                new Probe("DELETE", "/api/checkout", null, 405, new String[0]),
                new Probe("PUT", "/api/carts/anything/lines/X", null, 415, new String[] {"Content-Type", "application/xml"}),
                new Probe("GET", "/api/me/addresses/" + id, null, 500, new String[] {"Authorization", bearer}),
                new Probe("GET", "/admin/", null, 302, new String[0]),
                new Probe("GET", "/no-such-page.xhtml", null, 404, new String[0]),
                new Probe("GET", "/product.xhtml?slug=no-such-product", null, 404, new String[0]),
                new Probe("GET", "/WEB-INF/web.xml", null, 404, new String[0]),
                new Probe("GET", "/resources/css/shop.css", null, 200, new String[0]),
                new Probe("GET", "/jakarta.faces.resource/css/shop.css.xhtml", null, 200, new String[0]),
                new Probe("GET", "/", null, 200, new String[0]),
                new Probe("GET", "/openapi", null, 200, new String[0]));
        for (Probe probe : probes) {
            HttpResponse<String> answer = HttpSupport.send(probe.method(), probe.path(), probe.body(), probe.headers());
            String where = probe.method() + " " + probe.path();
            if (probe.status() == 302) {
                assertTrue(isRedirect(answer) || answer.statusCode() == 401 || answer.statusCode() == 403, where + " " + answer.statusCode());
            } else if (probe.status() == 404 && probe.path().startsWith("/WEB-INF")) {
                assertTrue(answer.statusCode() == 403 || answer.statusCode() == 404, where + " " + answer.statusCode());
            } else {
                assertEquals(probe.status(), answer.statusCode(), where + ": " + answer.body());
            }
            if (probe.path().startsWith("/api/") && answer.statusCode() >= 400) {
                assertTrue(HttpSupport.contentType(answer).startsWith("application/problem+json"), where + " " + HttpSupport.contentType(answer));
            }
            if (!probe.path().equals("/openapi")) {
                assertProtectiveHeaders(answer, where);
            } else {
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), "/openapi");
            }
        }
        // refused by the container before the application sees it (two Content-Types): still no server name or version
        HttpResponse<String> container = HttpSupport.sendOutsideContract("POST", "/api/carts", "<cart/>", "Content-Type", "application/xml");
        assertEquals(400, container.statusCode());
        assertProtectiveHeaders(container, "a request the container refuses");

        HttpResponse<String> login = new WebSession().get("/login.xhtml");
        assertTrue(login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")));
        assertProtectiveHeaders(login, "login page");
    }

    /**
     * What a client can slip into a text field that no stored text may hold: NUL (PostgreSQL refuses
     * the byte, which used to end in a 500), a C0 control, ESC (terminal escape sequences in exports
     * and logs), DEL, and U+2028, a line break for browsers and JavaScript that one-line texts refuse
     * like any other. Line breaks (U+2028 among them) and tabs are allowed inside multi-line texts only.
     */
    static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u001b", "\u007f", "\u2028");

    private static void assertRefusedNaming(HttpResponse<String> answer, String field, String where) {
        assertEquals(400, answer.statusCode(), where + ": " + answer.body());
        assertTrue(HttpSupport.contentType(answer).startsWith("application/problem+json"), where + " " + HttpSupport.contentType(answer));
        JsonObject problem = HttpSupport.json(answer);
        assertTrue(problem.containsKey("errors") && problem.getJsonObject("errors").containsKey(field),
                where + " names " + field + ": " + answer.body());
        assertProtectiveHeaders(answer, where);
    }

    private static String row(String sql, Object... parameters) throws Exception {
        return CommerceSupport.text(sql, parameters);
    }

    private static String visible(String probe) {
        return probe.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c))
                .reduce("", String::concat);
    }

    @Test
    @Order(8)
    void controlCharactersInEveryTextTheApiStoresAreRefusedNamingTheFieldAndNothingChanges() throws Exception {
        String email = "ctl-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Cleo Control", PASSWORD);
        String token = SignedUpCustomers.token(email, PASSWORD);
        String bearer = "Bearer " + token;
        String admin = "Bearer " + adminToken();
        HttpResponse<String> created = HttpSupport.send("POST", "/api/me/addresses", Json.createObjectBuilder().add("name", "Cleo")
                .add("line1", "Weg 1").add("postalCode", "10115").add("city", "Berlin").add("country", "DE").build().toString(), "Authorization", bearer);
        assertEquals(201, created.statusCode(), created.body());
        long addressId = HttpSupport.json(created).getJsonNumber("id").longValue();
        String ctlSlug = "ctl-" + RUN;
        HttpResponse<String> product = HttpSupport.send("POST", "/api/admin/catalog/products", Json.createObjectBuilder()
                .add("category", "apparel").add("slug", ctlSlug).add("sku", "CTL-" + RUN.toUpperCase(Locale.ROOT)).add("name", "Control probe")
                .add("description", "First line\n\tsecond line").add("price", 9).add("currency", "EUR").build().toString(), "Authorization", admin);
        assertEquals(201, product.statusCode(), "a description keeps newline and tab: " + product.body());
        assertEquals("First line\n\tsecond line", row("select description from product where slug = ?", ctlSlug));
        String etag = product.headers().firstValue("ETag").orElseThrow();

        String profileBefore = row("select display_name from app_user where email = ?", email);
        String addressBefore = row("select row(a.*)::text from customer_address a where id = ?", addressId);
        String productBefore = row("select row(p.*)::text from product p where slug = ?", ctlSlug);
        long addresses = DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?", email);
        long users = DatabaseSupport.count("select count(*) from app_user");
        long categories = DatabaseSupport.count("select count(*) from category");
        long orders = DatabaseSupport.count("select count(*) from customer_order");
        long reviews = DatabaseSupport.count("select count(*) from product_review");
        String cart = CommerceSupport.cartWith(CommerceSupport.newSkuWithStock("5.00", 3), 1);

        for (String probe : CONTROL) {
            String text = "a" + probe + "b";
            String as = " with " + visible(probe);
            assertRefusedNaming(HttpSupport.send("PUT", "/api/me", Json.createObjectBuilder().add("name", text).build().toString(),
                    "Authorization", bearer), "name", "PUT /api/me" + as);
            for (String field : List.of("name", "line1", "line2", "postalCode", "city")) {
                JsonObject address = Json.createObjectBuilder().add("name", "Cleo").add("line1", "Weg 1").add("line2", "Hof")
                        .add("postalCode", "10115").add("city", "Berlin").add("country", "DE").add(field, text).build();
                assertRefusedNaming(HttpSupport.send("POST", "/api/me/addresses", address.toString(), "Authorization", bearer),
                        field, "POST /api/me/addresses " + field + as);
                assertRefusedNaming(HttpSupport.send("PUT", "/api/me/addresses/" + addressId, address.toString(), "Authorization", bearer),
                        field, "PUT /api/me/addresses/{id} " + field + as);
            }
            assertRefusedNaming(HttpSupport.send("POST", "/api/products/" + ctlSlug + "/reviews", Json.createObjectBuilder().add("rating", 4)
                    .add("title", text).add("body", "Fine.").build().toString(), "Authorization", bearer), "title", "review title" + as);
            boolean lineBreak = probe.equals("\u2028"); // a line break a multi-line text keeps
            if (!lineBreak) {
                assertRefusedNaming(HttpSupport.send("POST", "/api/products/" + ctlSlug + "/reviews", Json.createObjectBuilder().add("rating", 4)
                        .add("title", "Fine").add("body", text).build().toString(), "Authorization", bearer), "body", "review body" + as);
            }
            for (String field : lineBreak ? List.of("name") : List.of("name", "description")) {
                JsonObject newProduct = Json.createObjectBuilder().add("category", "apparel").add("slug", ctlSlug + "-new")
                        .add("sku", "CTN-" + RUN.toUpperCase(Locale.ROOT)).add("name", "Probe").add("description", "Probe.")
                        .add("price", 9).add("currency", "EUR").add(field, text).build();
                assertRefusedNaming(HttpSupport.send("POST", "/api/admin/catalog/products", newProduct.toString(), "Authorization", admin),
                        field, "POST product " + field + as);
                JsonObject change = Json.createObjectBuilder().add("name", "Control probe").add("description", "Probe.").add("price", 9)
                        .add("currency", "EUR").add(field, text).build();
                assertRefusedNaming(HttpSupport.send("PUT", "/api/admin/catalog/products/" + ctlSlug, change.toString(),
                        "Authorization", admin, "If-Match", etag), field, "PUT product " + field + as);
                JsonObject category = Json.createObjectBuilder().add("slug", "ctl-cat-" + RUN).add("name", "Probe").add("description", "Probe.")
                        .add(field, text).build();
                assertRefusedNaming(HttpSupport.send("POST", "/api/admin/catalog/categories", category.toString(), "Authorization", admin),
                        field, "POST category " + field + as);
            }
            assertRefusedNaming(HttpSupport.send("PUT", "/api/admin/catalog/products/" + ctlSlug + "/attributes",
                    "{\"type\":\"clothing\",\"attributes\":{\"material\":" + Json.createValue("Lin" + probe + "en") + "}}", "Authorization", admin),
                    "attributes.material", "attribute value" + as);
            assertRefusedNaming(HttpSupport.send("POST", "/api/admin/staff", Json.createObjectBuilder().add("email", "ctl-staff-" + RUN + "@example.com")
                    .add("name", text).add("password", PASSWORD).add("roles", Json.createArrayBuilder().add("SUPPORT")).build().toString(),
                    "Authorization", admin), "name", "POST /api/admin/staff" + as);
            assertRefusedNaming(HttpSupport.send("POST", "/api/admin/staff", Json.createObjectBuilder().add("email", "ctl" + probe + RUN + "@example.com")
                    .add("name", "Staff").add("password", PASSWORD).add("roles", Json.createArrayBuilder().add("SUPPORT")).build().toString(),
                    "Authorization", admin), "email", "staff email" + as);
            for (String field : List.of("name", "line1", "postalCode", "city")) {
                JsonObject body = CommerceSupport.checkout(cart, "ctl-buyer-" + RUN + "@example.com", null).build();
                JsonObject address = Json.createObjectBuilder(body.getJsonObject("shippingAddress")).add(field, text).build();
                HttpResponse<String> refused = CommerceSupport.checkout(Json.createObjectBuilder(body).add("shippingAddress", address).build().toString(),
                        CommerceSupport.newKey());
                assertRefusedNaming(refused, "shippingAddress." + field, "POST /api/checkout " + field + as);
            }
            JsonObject withEmail = CommerceSupport.checkout(cart, "ctl" + probe + "buyer-" + RUN + "@example.com", null).build();
            assertRefusedNaming(CommerceSupport.checkout(withEmail.toString(), CommerceSupport.newKey()), "email", "checkout email" + as);
            HttpResponse<String> search = HttpSupport.get("/api/search?q=" + q(text));
            assertRefusedNaming(search, "q", "search" + as);
            HttpResponse<String> signIn = HttpSupport.send("POST", "/api/auth/token", Json.createObjectBuilder().add("email", "a" + probe + email)
                    .add("password", PASSWORD).build().toString());
            assertEquals(401, signIn.statusCode(), "a sign-in with" + as + " is only a wrong sign-in: " + signIn.body());
        }

        assertEquals(profileBefore, row("select display_name from app_user where email = ?", email));
        assertEquals(addressBefore, row("select row(a.*)::text from customer_address a where id = ?", addressId));
        assertEquals(productBefore, row("select row(p.*)::text from product p where slug = ?", ctlSlug));
        assertEquals(addresses, DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?", email));
        assertEquals(users, DatabaseSupport.count("select count(*) from app_user"));
        assertEquals(categories, DatabaseSupport.count("select count(*) from category"));
        assertEquals(orders, DatabaseSupport.count("select count(*) from customer_order"));
        assertEquals(reviews, DatabaseSupport.count("select count(*) from product_review"));
        assertEquals(0, DatabaseSupport.count("select count(*) from product where slug = ?", ctlSlug + "-new"));
        assertEquals(0, DatabaseSupport.count("select count(*) from product_attribute a join product p on p.id = a.product_id where p.slug = ?", ctlSlug));

        // multi-line texts keep their line breaks and tabs, one-line texts refuse them
        assertRefusedNaming(HttpSupport.send("PUT", "/api/me", "{\"name\":\"Cleo\\nControl\"}", "Authorization", bearer), "name", "a name with a newline");
        HttpResponse<String> review = HttpSupport.send("POST", "/api/products/" + ctlSlug + "/reviews", Json.createObjectBuilder().add("rating", 5)
                .add("title", "Two lines").add("body", "Soft.\n\tWashes well.").build().toString(), "Authorization", bearer);
        assertEquals(201, review.statusCode(), review.body());
        assertEquals("Soft.\n\tWashes well.", row("select body from product_review r join product p on p.id = r.product_id where p.slug = ?", ctlSlug));
    }

    @Test
    @Order(9)
    void controlCharactersInEveryFormThatStoresTextAreRefusedWithAMessageAndNothingChanges() throws Exception {
        // the refused sign-ins of the API probes before count towards this address's throttle
        DatabaseSupport.forgetLoginAttempts();
        String email = "ctl-form-" + RUN + "@example.com";
        SignedUpCustomers.signUp(email, "Fern Form", PASSWORD);
        CommerceSupport.execute("update app_user set email_verified = true where email = ?", email);
        WebSession customer = SignedUpCustomers.signedIn(email, PASSWORD);
        WebSession admin = StaffSupport.adminSession();
        String slug = "ctl-form-" + RUN;
        HttpResponse<String> created = HttpSupport.send("POST", "/api/admin/catalog/products", Json.createObjectBuilder().add("category", "apparel")
                .add("slug", slug).add("sku", "CTF-" + RUN.toUpperCase(Locale.ROOT)).add("name", "Form probe").add("description", "")
                .add("price", 12).add("currency", "EUR").build().toString(), "Authorization", "Bearer " + adminToken());
        assertEquals(201, created.statusCode(), created.body());
        String productBefore = row("select row(p.*)::text from product p where slug = ?", slug);
        long users = DatabaseSupport.count("select count(*) from app_user");
        long reviews = DatabaseSupport.count("select count(*) from product_review");

        for (String probe : CONTROL) {
            String text = "a" + probe + "b";
            String as = " with " + visible(probe);
            WebSession visitor = new WebSession();
            HttpResponse<String> signUp = visitor.submit(visitor.get("/signup.xhtml"), "signup",
                    Map.of("email", "ctl-new-" + RUN + "@example.com", "name", text, "password", PASSWORD), "submit");
            assertFormRefused(signUp, "sign-up name" + as);

            assertFormRefused(customer.submit(customer.get("/account/"), "profile", Map.of("name", text), "save"), "profile name" + as);

            for (String field : List.of("name", "line1", "line2", "postalCode", "city")) {
                Map<String, String> address = new LinkedHashMap<>(Map.of("name", "Fern", "line1", "Weg 2", "line2", "", "postalCode", "10115",
                        "city", "Berlin", "country", "DE", "phone", ""));
                address.put(field, text);
                assertFormRefused(customer.submit(customer.get("/account/addresses.xhtml"), "address", address, "save"), "address book " + field + as);
            }

            HttpResponse<String> productPage = customer.get("/product.xhtml?slug=" + slug);
            assertFormRefused(customer.submit(productPage, "review", Map.of("rating", "4", "title", text, "body", "Fine."), "submit"), "review title" + as);
            boolean lineBreak = probe.equals("\u2028"); // a line break a multi-line text keeps
            if (!lineBreak) {
                assertFormRefused(customer.submit(customer.get("/product.xhtml?slug=" + slug), "review",
                        Map.of("rating", "4", "title", "Fine", "body", text), "submit"), "review body" + as);
            }

            for (String field : lineBreak ? List.of("name") : List.of("name", "description")) {
                Map<String, String> edit = new LinkedHashMap<>(Map.of("name", "Form probe", "description", "", "price", "12.00"));
                edit.put(field, text);
                assertFormRefused(admin.submit(admin.get("/admin/product.xhtml?slug=" + slug), "product", edit, "save"), "product page " + field + as);
            }

            assertFormRefused(admin.submit(admin.get("/admin/staff.xhtml"), "create", Map.of("email", "ctl-staff-form-" + RUN + "@example.com",
                    "name", text, "password", PASSWORD, "roles", "SUPPORT"), "submit"), "staff name" + as);
        }
        assertEquals("Fern Form", row("select display_name from app_user where email = ?", email));
        assertEquals(0, DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?", email));
        assertEquals(productBefore, row("select row(p.*)::text from product p where slug = ?", slug));
        assertEquals(users, DatabaseSupport.count("select count(*) from app_user"));
        assertEquals(reviews, DatabaseSupport.count("select count(*) from product_review"));
    }

    /** The form came back with the rule shown next to it, as a page (never an error page, never a 500). */
    private static void assertFormRefused(HttpResponse<String> answer, String where) {
        assertEquals(200, answer.statusCode(), where + ": " + answer.statusCode());
        assertTrue(answer.body().contains("control characters"), where + " shows the rule:\n" + answer.body());
        assertProtectiveHeaders(answer, where);
    }

    /** An answer read off a socket: the status, the headers (names in lower case) and the body. */
    record RawAnswer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? "" : values.get(0);
        }
    }

    /**
     * Sends requests exactly as written, path and all, on one connection (HTTP clients normalise
     * dot segments away before sending, so only a raw socket can send them), and reads the answers.
     */
    static List<RawAnswer> raw(boolean tls, String... requests) throws Exception {
        int port = tls ? Integer.parseInt(System.getProperty("shop.port.base", "28000")) + 81
                : Integer.parseInt(System.getProperty("shop.http.port", "28080"));
        java.net.Socket socket;
        if (tls) {
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() { // the domain's own development certificate
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            javax.net.ssl.SSLSocket ssl = (javax.net.ssl.SSLSocket) context.getSocketFactory().createSocket("localhost", port);
            javax.net.ssl.SSLParameters parameters = ssl.getSSLParameters();
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            ssl.setSSLParameters(parameters);
            socket = ssl;
        } else {
            socket = new java.net.Socket("localhost", port);
        }
        try (socket) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            List<RawAnswer> answers = new ArrayList<>();
            for (int i = 0; i < requests.length; i++) { // one after the other, each answer read before the next request: keep-alive, not pipelining
                String[] line = requests[i].split(" ", 2);
                boolean last = i == requests.length - 1;
                out.write((line[0] + " " + line[1] + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: */*\r\nContent-Length: 0\r\n"
                        + (last ? "Connection: close\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                answers.add(readAnswer(in));
            }
            return answers;
        }
    }

    private static RawAnswer readAnswer(java.io.InputStream in) throws java.io.IOException {
        String statusLine = readLine(in);
        Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(statusLine);
        if (!status.find()) {
            throw new AssertionError("not an HTTP answer: '" + statusLine + "'");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h = readLine(in); !h.isEmpty(); h = readLine(in)) {
            int colon = h.indexOf(':');
            headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.substring(colon + 1).trim());
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length.get(0))));
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                readLine(in);
            }
            readLine(in);
        } else {
            body.write(in.readAllBytes());
        }
        return new RawAnswer(Integer.parseInt(status.group(1)), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String readLine(java.io.InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.toString();
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void assertTheApplicationAnswered(RawAnswer answer, RawAnswer reference, String where) {
        String what = where + ": " + answer.status() + " " + answer.headers() + "\n" + answer.body();
        assertEquals(reference.status(), answer.status(), what);
        assertEquals(reference.header("Content-Type"), answer.header("Content-Type"), what);
        assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
        assertEquals("DENY", answer.header("X-Frame-Options"), what);
        assertFalse(answer.header("Referrer-Policy").isEmpty(), what);
        assertTrue(answer.header("Server").isEmpty(), what);
        assertFalse(answer.body().isEmpty(), "an answer with a body, as the application gives: " + what);
        assertFalse(INTERNALS.matcher(answer.body()).find(), what);
    }

    @Test
    @Order(10)
    void requestPathsWithDotSegmentsSentAsTheyAreAlwaysGetTheApplicationsOwnAnswer() throws Exception {
        // request as sent → the same request with its path normalised as RFC 3986 says
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("GET /admin/orders.xhtml/x/..", "GET /admin/orders.xhtml/");
        probes.put("PUT /api/me/cart/lines/..", "PUT /api/me/cart/");
        probes.put("GET /api/products/..", "GET /api/");
        probes.put("GET /api/products/%2e%2E", "GET /api/");
        probes.put("DELETE /api/me/addresses/1/..", "DELETE /api/me/addresses/");
        probes.put("GET /account/../admin/", "GET /admin/");
        probes.put("GET /x/.", "GET /x/");
        probes.put("GET /..", "GET /");
        probes.put("POST /../../WEB-INF/web.xml", "POST /WEB-INF/web.xml");
        Path log = Path.of(System.getProperty("shop.var", "target/it"), "payara6/glassfish/domains/shop/logs/server.log");
        long failuresBefore = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().filter(l -> l.contains("normalizeBytes")).count();

        for (boolean tls : new boolean[] {false, true}) {
            Map<String, RawAnswer> reference = new LinkedHashMap<>();
            for (Map.Entry<String, String> probe : probes.entrySet()) {
                reference.put(probe.getKey(), raw(tls, probe.getValue()).get(0));
            }
            // The failure depended on which pooled request object took the request: many times, on fresh and on kept-alive connections.
            for (int round = 0; round < 20; round++) {
                for (String probe : probes.keySet()) {
                    String where = (tls ? "HTTPS " : "HTTP ") + probe + " (round " + round + ")";
                    assertTheApplicationAnswered(raw(tls, probe).get(0), reference.get(probe), where);
                }
                List<RawAnswer> kept = raw(tls, probes.keySet().toArray(String[]::new));
                int i = 0;
                for (String probe : probes.keySet()) {
                    assertTheApplicationAnswered(kept.get(i++), reference.get(probe), (tls ? "HTTPS " : "HTTP ") + probe + " kept alive (round " + round + ")");
                }
            }
        }
        long failuresAfter = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().filter(l -> l.contains("normalizeBytes")).count();
        assertEquals(failuresBefore, failuresAfter, "Grizzly's normalisation failed on a request (server.log)");
    }

    /**
     * Java's HttpClient and {@code curl --http2} ask to upgrade a plain-HTTP request to HTTP/2
     * ({@code Upgrade: h2c}). The listeners serve HTTP/1.1 only (port unification, above), and
     * Grizzly read the body of such a request until the connection ended: a resource parsing it
     * waited until the client gave up. The upgrade is declined; the request is answered as the
     * HTTP/1.1 request it also is.
     */
    @Test
    @Order(11)
    void anH2cUpgradeWithABodyIsAnsweredAsHttp11() throws Exception {
        int port = Integer.parseInt(System.getProperty("shop.http.port", "28080"));
        String body = "{\"cartToken\": 12, \"email\": [";
        for (int round = 0; round < 5; round++) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /api/checkout HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                        + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                RawAnswer answer = readAnswer(new java.io.BufferedInputStream(socket.getInputStream()));
                assertEquals(400, answer.status(), answer.body());
                assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.headers().toString());
                assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            }
        }
    }

    /**
     * Runs of 13 to 19 digits, perhaps grouped by spaces or dashes, that are not part of a longer
     * word: the digits of a UUID's hex groups (an incident id in the log) are not a card number.
     */
    static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)(?:[0-9][ -]?){12,18}[0-9](?!-?[0-9A-Za-z])");

    /** A payment card number: 13 to 19 digits passing Luhn, of the ranges cards are issued from (2–6). */
    static boolean looksLikeACard(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19 || "23456".indexOf(digits.charAt(0)) < 0) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Test
    @Order(99)
    void noCardNumberIsStoredOrLoggedAnywhere() throws Exception {
        assertTrue(looksLikeACard("4242 4242 4242 4242") && !looksLikeACard("4242424242424241") && !looksLikeACard("1795688750800"),
                "the detector itself");
        // the digits of a UUID whose first groups happen to be decimal are not a card (seen once in CI)
        assertTrue(DIGITS.matcher("card 4242 4242 4242 4242 kept").find()
                        && !DIGITS.matcher("key 65678520-9632-3973-a1b2-c3d4e5f6a7b8").find(),
                "the detector's digit runs");
        assertTrue(DIGITS.matcher("paid with 4111-1111-1111-1111.").find() && DIGITS.matcher("\"4111111111111111\"").find()
                && !DIGITS.matcher("Incident 153df1e9-916d-4846-af50-663859636254: …").find(), "the digit runs it looks at");
        // a shopper who types a card number where it does not belong, and a client that sends one along
        String sku = CommerceSupport.newSkuWithStock("9.00", 5);
        JsonObject body = CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "card-" + RUN + "@example.com", null)
                .add("cardNumber", "4111111111111111").add("card", Json.createObjectBuilder().add("number", "5555 5555 5555 4444")
                        .add("cvc", "123"))
                .build();
        HttpResponse<String> placed = CommerceSupport.checkout(body.toString(), CommerceSupport.newKey());
        assertEquals(201, placed.statusCode(), placed.body());

        List<String> found = new ArrayList<>();
        try (Connection c = DatabaseSupport.connect()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select table_name, column_name from information_schema.columns"
                    + " where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertTrue(columns.size() > 30, "the scan sees the schema: " + columns.size());
            for (String[] column : columns) {
                String sql = "select \"" + column[1] + "\"::text from \"" + column[0] + "\" where \"" + column[1] + "\"::text ~ '[0-9]{13}|[0-9][ -][0-9]'";
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Matcher m = DIGITS.matcher(rs.getString(1));
                        while (m.find()) {
                            if (looksLikeACard(m.group())) {
                                found.add(column[0] + "." + column[1] + ": " + m.group());
                            }
                        }
                    }
                }
            }
        }
        Path log = Path.of(System.getProperty("shop.var", "target/it"), "payara6/glassfish/domains/shop/logs/server.log");
        assertTrue(Files.isRegularFile(log), log.toString());
        int line = 0;
        for (String text : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            line++;
            Matcher m = DIGITS.matcher(text.replaceAll("timeMillis: [0-9]+", ""));
            while (m.find()) {
                if (looksLikeACard(m.group())) {
                    found.add("server.log:" + line + ": " + m.group());
                }
            }
        }
        assertTrue(found.isEmpty(), "card numbers at rest:\n  " + String.join("\n  ", found));
    }
}
