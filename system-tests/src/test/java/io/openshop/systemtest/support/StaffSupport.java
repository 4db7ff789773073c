package io.openshop.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in as the first administrator and opening staff accounts through the API, for tests. */
public final class StaffSupport {

    public static final String PASSWORD = "a long and unusual staff passphrase 7";

    private StaffSupport() {
    }

    private static String adminSecret;
    private static String adminToken;
    private static Instant adminTokenAt;

    /**
     * The first administrator's two-factor secret. The first administrator enrols at the first
     * sign-in, as in production: the first test that needs it signs in and enrols through the page.
     */
    public static synchronized String adminSecret() throws Exception {
        if (adminSecret == null) {
            WebSession session = new WebSession();
            HttpResponse<String> signedIn = session.signIn(TestSettings.adminEmail(), TestSettings.adminPassword());
            assertTrue(WebSession.isRedirect(signedIn), "the administrator, not enrolled yet, signed in with the password: "
                    + signedIn.statusCode() + " " + signedIn.body());
            adminSecret = TotpSupport.enrol(session);
        }
        return adminSecret;
    }

    /** A one-time code of the first administrator that the shop has not accepted yet. */
    public static String adminCode() throws Exception {
        return TotpSupport.nextCode(adminSecret());
    }

    /**
     * A bearer token of the first administrator (one per ten minutes, so tests do not wait for new
     * codes). Signing the administrator out anywhere revokes its tokens (as it should), so a kept
     * token is checked before it is handed out again.
     */
    public static synchronized String adminToken() throws Exception {
        if (adminToken == null || adminTokenAt.isBefore(Instant.now().minus(Duration.ofMinutes(10)))
                || as(adminToken, "GET", "/api/me", null).statusCode() != 200) {
            adminToken = freshAdminToken();
            adminTokenAt = Instant.now();
        }
        return adminToken;
    }

    /** A new bearer token of the first administrator, with a new one-time code. */
    public static String freshAdminToken() throws Exception {
        HttpResponse<String> issued = HttpSupport.send("POST", "/api/auth/token", Json.createObjectBuilder()
                .add("email", TestSettings.adminEmail()).add("password", TestSettings.adminPassword()).add("totp", adminCode())
                .build().toString());
        assertEquals(200, issued.statusCode(), issued.body());
        return HttpSupport.json(issued).getString("token");
    }

    /** A browser session signed in as the first administrator, with password and one-time code. */
    public static WebSession adminSession() throws Exception {
        adminSecret(); // enrolled first: enrolling signs in with the password, which would end this sign-in's first step
        WebSession session = new WebSession();
        HttpResponse<String> signedIn = session.signIn(TestSettings.adminEmail(), TestSettings.adminPassword(), StaffSupport::adminCode);
        assertTrue(WebSession.isRedirect(signedIn), "the administrator signed in: " + signedIn.statusCode() + " " + signedIn.body());
        return session;
    }

    public static HttpResponse<String> tokenFor(String email, String password) throws Exception {
        return HttpSupport.send("POST", "/api/auth/token",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    public static String token(String email, String password) throws Exception {
        HttpResponse<String> issued = tokenFor(email, password);
        assertEquals(200, issued.statusCode(), issued.body());
        return HttpSupport.json(issued).getString("token");
    }

    public static HttpResponse<String> as(String token, String method, String path, String json) throws Exception {
        return HttpSupport.send(method, path, json, "Authorization", "Bearer " + token);
    }

    /** Opens a staff account with these roles as the first administrator; answers the created account. */
    public static JsonObject newStaff(String adminToken, String label, String... roles) throws Exception {
        String email = label + "-" + Long.toString(System.nanoTime(), 36) + "@staff.test";
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String role : roles) {
            list.add(role);
        }
        HttpResponse<String> created = as(adminToken, "POST", "/api/admin/staff", Json.createObjectBuilder().add("email", email)
                .add("name", "Staff " + label).add("password", PASSWORD).add("roles", list).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return HttpSupport.json(created);
    }
}
