package io.openshop.systemtest.security;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.DeploymentSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static io.openshop.systemtest.support.WebSession.isRedirect;
import static io.openshop.systemtest.support.WebSession.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authentication and web protections of the deployed shop, from the outside: who may open which
 * page (the admin pages enumerated from the built WAR), login, logout and session ids, cookie
 * flags, security headers, stored password hashes, the password policy, throttling and the
 * append-only audit log.
 */
@ExtendWith(SharedDeployment.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    private static final String PASSWORD = "Velvet-Harbour-Lantern-7";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String CUSTOMER = "shopper-" + RUN + "@example.com";

    /** The customer every test shares, opened once through the sign-up form. */
    private static synchronized void customer() throws Exception {
        if (DatabaseSupport.count("select count(*) from app_user where email = ?", CUSTOMER) == 0) {
            signUp(new WebSession(), CUSTOMER, "Sam Shopper", PASSWORD);
        }
    }

    private static HttpResponse<String> signUp(WebSession session, String email, String name, String password) throws Exception {
        HttpResponse<String> form = session.get("/signup.xhtml");
        assertEquals(200, form.statusCode());
        return session.submit(form, "signup", Map.of("email", email, "name", name, "password", password), "submit");
    }

    private static WebSession signedIn(String email, String password) throws Exception {
        WebSession session = new WebSession();
        // the administrator signs in with a one-time code as well (the form asks only two-factor accounts)
        HttpResponse<String> response = session.signIn(email, password, StaffSupport::adminCode);
        assertTrue(isRedirect(response), "signing in as " + email + " redirects, got " + response.statusCode() + ":\n" + response.body());
        return session;
    }

    /** Every page in the WAR's admin folder, as URLs: the list comes from the built application, not from this test. */
    static List<String> adminPages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (ZipFile ear = new ZipFile(TestSettings.ear().toFile())) {
            ZipEntry war = ear.getEntry(DeploymentSupport.WAR);
            try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(ear.getInputStream(war).readAllBytes()))) {
                for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                    if (entry.getName().startsWith("admin/") && entry.getName().endsWith(".xhtml")) {
                        pages.add("/" + entry.getName());
                    }
                }
            }
        }
        if (pages.contains("/admin/index.xhtml")) {
            pages.add("/admin/");
        }
        return pages;
    }

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToTheLoginFormFromEveryAdminPage() throws Exception {
        List<String> pages = adminPages();
        assertFalse(pages.isEmpty(), "the WAR has admin pages");
        for (String page : pages) {
            HttpResponse<String> response = new WebSession().get(page);
            assertTrue(isRedirect(response), page + " answered " + response.statusCode());
            assertTrue(location(response).contains("/login.xhtml?continue="), page + " sent to " + location(response));
            assertFalse(response.body().contains("Signed in as"), page);
        }
    }

    @Test
    @Order(2)
    void staffOpenEveryAdminPage() throws Exception {
        WebSession admin = signedIn(TestSettings.adminEmail(), TestSettings.adminPassword());
        for (String page : adminPages()) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("Signed in as Administrator"), page + ":\n" + response.body());
        }
        assertEquals(403, admin.get("/account/").statusCode(), "staff have no customer account pages");
    }

    @Test
    @Order(3)
    void customersAreRefusedEveryAdminPage() throws Exception {
        customer();
        WebSession customer = signedIn(CUSTOMER, PASSWORD);
        for (String page : adminPages()) {
            HttpResponse<String> response = customer.get(page);
            assertEquals(403, response.statusCode(), page);
            assertTrue(response.body().contains("This page is not open to you"), page + ":\n" + response.body());
            assertFalse(response.body().contains("Exception"), "no exception names in answers");
        }
        HttpResponse<String> account = customer.get("/account/");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains(CUSTOMER), account.body());
        assertTrue(account.body().contains("Sam Shopper"), account.body());
    }

    /**
     * Payara #4734: on the first request after a login that followed a redirect to a protected
     * page, the EJB container saw the caller without groups. This is exactly that sequence, for a
     * customer and for staff, each ending on a page whose EJB call needs the role.
     */
    @Test
    @Order(4)
    void theFirstRequestAfterALoginThatFollowedARedirectReachesRoleCheckedEjbs() throws Exception {
        customer();
        StaffSupport.adminSecret(); // the administrator enrolled two-factor sign-in at an earlier sign-in
        record Journey(String page, String email, String password, String expected) {
        }
        for (Journey journey : List.of(new Journey("/account/", CUSTOMER, PASSWORD, "id=\"profile-email\">" + CUSTOMER),
                new Journey("/admin/", TestSettings.adminEmail(), TestSettings.adminPassword(), "Signed in as Administrator"))) {
            WebSession session = new WebSession();
            HttpResponse<String> protectedPage = session.get(journey.page());
            assertTrue(isRedirect(protectedPage), journey.page());
            HttpResponse<String> form = session.get(location(protectedPage));
            assertEquals(200, form.statusCode());
            HttpResponse<String> login = session.submit(form, "login",
                    Map.of("email", journey.email(), "password", journey.password()), "submit");
            if (journey.email().equals(TestSettings.adminEmail())) { // enrolled before this sign-in began
                assertTrue(login.body().contains("<form id=\"totp\""), "the administrator is asked for the one-time code");
                login = session.submit(login, "totp", Map.of("code", StaffSupport.adminCode()), "submit");
            }
            assertTrue(isRedirect(login), "login answered " + login.statusCode() + ":\n" + login.body());
            assertTrue(location(login).endsWith(journey.page()), "back to the page asked for: " + location(login));
            HttpResponse<String> first = session.get(location(login));
            assertEquals(200, first.statusCode(), journey.page() + " on the first request after login:\n" + first.body());
            assertTrue(first.body().contains(journey.expected()), first.body());
        }
    }

    @Test
    @Order(5)
    void theSessionIdChangesAtLoginAndDiesAtLogout() throws Exception {
        customer();
        WebSession victim = new WebSession();
        victim.get("/login.xhtml");
        String planted = victim.sessionId().orElseThrow(() -> new AssertionError("the login form starts a session"));
        assertTrue(isRedirect(victim.submit(victim.get("/login.xhtml"), "login",
                Map.of("email", CUSTOMER, "password", PASSWORD, "continue", ""), "submit")));
        String signedIn = victim.sessionId().orElseThrow();
        assertNotEquals(planted, signedIn, "a new session id at login");
        assertEquals(200, victim.get("/account/").statusCode());

        WebSession attacker = new WebSession();
        attacker.useSessionId(planted);
        assertTrue(isRedirect(attacker.get("/account/")), "the id known before login opens nothing");

        HttpResponse<String> out = victim.signOut("/account/");
        assertTrue(isRedirect(out), "sign-out answered " + out.statusCode());
        WebSession replay = new WebSession();
        replay.useSessionId(signedIn);
        HttpResponse<String> after = replay.get("/account/");
        assertTrue(isRedirect(after) && location(after).contains("/login.xhtml"), "the signed-in id is dead after logout");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'LOGOUT' and target = ?", CUSTOMER));
    }

    @Test
    @Order(6)
    void sessionCookiesAreHttpOnlyAndSameSiteAndSecureOnHttps() throws Exception {
        HttpResponse<String> plain = new WebSession().get("/login.xhtml");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + plain.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP cookies cannot be Secure: " + cookie);
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");

        HttpResponse<String> tls = WebSession.overHttps().get("/login.xhtml");
        assertEquals(200, tls.statusCode());
        String secureCookie = tls.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie over HTTPS: " + tls.headers().map()));
        assertTrue(secureCookie.contains("Secure"), secureCookie);
        assertTrue(secureCookie.contains("HttpOnly"), secureCookie);
        assertTrue(tls.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="), tls.headers().map().toString());
    }

    @Test
    @Order(7)
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        WebSession visitor = new WebSession();
        Map<String, Integer> responses = Map.of(
                "/", 200,
                "/api/products?size=1", 200,
                "/api/products/no-such-product", 404,
                "/no-such-page.xhtml", 404,
                "/no-such-file.txt", 404,
                "/resources/css/shop.css", 200,
                "/jakarta.faces.resource/css/shop.css.xhtml", 200);
        for (var expected : responses.entrySet()) {
            HttpResponse<String> response = visitor.get(expected.getKey());
            String what = expected.getKey() + " " + response.headers().map();
            assertEquals(expected.getValue(), response.statusCode(), what);
            String csp = response.headers().allValues("Content-Security-Policy").stream().reduce((a, b) -> a + " | " + b).orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), what);
            assertTrue(csp.contains("default-src 'self'"), what);
            assertFalse(csp.contains("|"), "one policy, not two: " + what);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), what);
            assertTrue(response.headers().firstValue("Server").isEmpty(), "no server name: " + what);
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By: " + what);
        }
        String page = visitor.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(page.matches(".*script-src 'self' 'nonce-[^']+'.*"), "pages allow their own nonce'd scripts: " + page);
    }

    @Test
    @Order(8)
    void passwordsAreStoredAsPbkdf2WithSha512And210000IterationsAndA32ByteSalt() throws Exception {
        customer();
        for (String email : List.of(CUSTOMER, TestSettings.adminEmail())) {
            String stored;
            try (Connection c = DatabaseSupport.connect();
                 PreparedStatement s = c.prepareStatement("select password_hash from app_user where email = ?")) {
                s.setString(1, email);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), email + " has an account");
                    stored = rs.getString(1);
                }
            }
            String[] parts = stored.split(":");
            assertEquals(4, parts.length, "algorithm:iterations:salt:hash");
            assertEquals("PBKDF2WithHmacSHA512", parts[0]);
            assertEquals(210_000, Integer.parseInt(parts[1]));
            assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
            assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "key bytes");
            assertFalse(stored.contains(PASSWORD));
        }
    }

    @Test
    @Order(9)
    void signUpRefusesShortAndCommonPasswordsWithAClearMessage() throws Exception {
        String email = "weak-" + RUN + "@example.com";
        HttpResponse<String> tooShort = signUp(new WebSession(), email, "Wes Weak", "short-pw");
        assertEquals(200, tooShort.statusCode());
        assertTrue(tooShort.body().contains("Password must be at least 12 characters long."), tooShort.body());
        HttpResponse<String> common = signUp(new WebSession(), email, "Wes Weak", "qwerty123456");
        assertTrue(common.body().contains("Password is one of the most commonly used passwords; choose another."), common.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where email = ?", email));
        assertTrue(isRedirect(signUp(new WebSession(), email, "Wes Weak", "Quiet Orchard Bicycle 42")), "a good password is taken");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ?", email));
    }

    @Test
    @Order(10)
    void tooManyWrongPasswordsLockTheAccountAndAreAudited() throws Exception {
        String email = "guessed-" + RUN + "@example.com";
        assertTrue(isRedirect(signUp(new WebSession(), email, "Gus Guessed", PASSWORD)));
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = new WebSession().signIn(email, "not the password " + attempt);
            assertEquals(200, wrong.statusCode(), "a wrong password stays on the form");
            assertTrue(wrong.body().contains("do not match an account"), wrong.body());
        }
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and locked_until > now()", email));
        HttpResponse<String> right = new WebSession().signIn(email, PASSWORD);
        assertEquals(200, right.statusCode(), "even the right password is refused while locked");
        assertEquals(5, DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN_FAILED' and target = ?", email));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ACCOUNT_LOCKED' and target = ?", email));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN_REFUSED_LOCKED' and target = ?", email));
        assertTrue(DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN' and target = ?", email) >= 1,
                "the sign-in right after sign-up was audited");
        assertEquals(0, DatabaseSupport.count("select count(*) from audit_log where target = ?"
                + " and (remote_address is null or remote_address = '')", email), "every entry names the address");
    }

    @Test
    @Order(11)
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() throws Exception {
        assertTrue(DatabaseSupport.count("select count(*) from audit_log") > 0);
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("update audit_log set actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_log"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
    }

    private static HttpResponse<String> api(String method, String path, String bearer, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(TestSettings.baseUri().resolve(path.substring(1)))
                .header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(12)
    void apiClientsExchangeAPasswordOnceForABearerTokenAndNothingElseAuthenticatesTheApi() throws Exception {
        HttpResponse<String> issued = api("POST", "/api/auth/token", null,
                "{\"email\":\"" + TestSettings.adminEmail() + "\",\"password\":\"" + TestSettings.adminPassword()
                        + "\",\"totp\":\"" + StaffSupport.adminCode() + "\"}");
        assertEquals(200, issued.statusCode(), issued.body());
        jakarta.json.JsonObject body = HttpSupport.json(issued);
        assertEquals("Bearer", body.getString("tokenType"));
        String token = body.getString("token");
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "a signed JWT");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"upn\":\"" + TestSettings.adminEmail() + "\""), claims);
        assertTrue(claims.contains("\"groups\":[\"ADMIN\"]"), claims);
        assertTrue(claims.contains("\"exp\":"), claims);
        assertFalse(claims.contains(TestSettings.adminPassword()), "no secret in the token");

        HttpResponse<String> me = api("GET", "/api/me", token, null);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(TestSettings.adminEmail(), HttpSupport.json(me).getString("email"));
        assertTrue(HttpSupport.json(me).getJsonArray("roles").getString(0).equals("ADMIN"), me.body());

        String forged = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
        for (String bad : List.of(forged, unsigned, "not-a-token")) {
            HttpResponse<String> refused = api("GET", "/api/me", bad, null);
            assertEquals(401, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        HttpResponse<String> anonymous = api("GET", "/api/me", null, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> wrong = api("POST", "/api/auth/token", null,
                "{\"email\":\"" + TestSettings.adminEmail() + "\",\"password\":\"not the password\"}");
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertFalse(wrong.body().contains("token\""), wrong.body());

        WebSession browser = signedIn(TestSettings.adminEmail(), TestSettings.adminPassword());
        assertEquals(401, browser.get("/api/me").statusCode(), "the session cookie does not authenticate the API");
        assertEquals(200, browser.get("/api/products?size=1").statusCode(), "the public API stays public");
    }

    /** Last, since it blocks this machine's address for a while (cleaned up after). */
    @Test
    @Order(99)
    void tooManyFailuresFromOneAddressRefuseEvenRightPasswords() throws Exception {
        customer();
        for (int attempt = 0; attempt < 25
                && DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN_REFUSED_ADDRESS'") == 0; attempt++) {
            new WebSession().signIn("nobody-" + attempt + "-" + RUN + "@example.com", "wrong password " + attempt);
        }
        assertTrue(DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN_REFUSED_ADDRESS'") > 0,
                "the address was throttled");
        HttpResponse<String> right = new WebSession().signIn(CUSTOMER, PASSWORD);
        assertEquals(200, right.statusCode(), "refused while the address is throttled");
        assertTrue(right.body().contains("do not match an account"), right.body());
    }

    /**
     * Failed sign-ins of the classes that ran before (from this same address, within the
     * throttle's window) would otherwise count towards the address limit this class tests last,
     * and throttle its earlier sign-ins depending on the run order.
     */
    @BeforeAll
    static void startWithoutEarlierAttempts() throws SQLException {
        forgetTheAttemptsOfThisMachine();
    }

    @AfterAll
    static void forgetTheAttemptsOfThisMachine() throws SQLException {
        DatabaseSupport.forgetLoginAttempts();
    }
}
