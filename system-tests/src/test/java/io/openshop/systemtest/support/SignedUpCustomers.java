package io.openshop.systemtest.support;

import jakarta.json.Json;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers made the way shoppers make themselves (the sign-up form), and staff made from the first admin's hash. */
public final class SignedUpCustomers {

    public static final String PASSWORD = "a long and unusual passphrase 42";

    private SignedUpCustomers() {
    }

    /** A signed-up customer with a verified email (verification itself is not built yet) and a bearer token. */
    public record Customer(String email, String name, String token) {
    }

    public static Customer newCustomer(String label) throws Exception {
        return newCustomer(label, "Customer " + label);
    }

    public static Customer newCustomer(String label, String displayName) throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String email = label.toLowerCase(Locale.ROOT) + "-" + unique + "@example.org";
        WebSession session = new WebSession();
        session.submit(session.get("/signup.xhtml"), "signup", Map.of("email", email, "name", displayName, "password", PASSWORD), "submit");
        if (DatabaseSupport.count("select count(*) from app_user where email = ?", email) != 1) {
            throw new AssertionError("sign-up of " + email + " did not create the account");
        }
        CommerceSupport.execute("update app_user set email_verified = true where email = ?", email);
        return new Customer(email, displayName, token(email, PASSWORD));
    }

    /**
     * A staff account with one role, signing in with the first administrator's password (its hash
     * is copied), so no password has to be made up and hashed here.
     */
    public static String newStaffToken(String role) throws Exception {
        return token(newStaff(role), TestSettings.adminPassword());
    }

    /** The email of a new staff account with one role, whose password is the first administrator's. */
    public static String newStaff(String role) throws Exception {
        String email = role.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + Long.toString(System.nanoTime(), 36) + "@shop.test";
        staff(email, role);
        return email;
    }

    /** A staff account with this email and one role, whose password is the first administrator's (its hash is copied). */
    public static void staff(String email, String role) throws Exception {
        CommerceSupport.execute("insert into app_user (id, email, display_name, password_hash, kind, status, email_verified, created_at)"
                + " select nextval('app_user_seq'), ?, ?, password_hash, 'STAFF', 'ACTIVE', true, now()"
                + " from app_user where email = ?", email, "Staff " + role, TestSettings.adminEmail());
        CommerceSupport.execute("insert into user_role (user_id, role) select id, ? from app_user where email = ?", role, email);
    }

    public static String adminToken() throws Exception {
        return StaffSupport.adminToken();
    }

    /** Signs up through the sign-up form, as a shopper does; the account is left unverified. */
    public static void signUp(String email, String name, String password) throws Exception {
        WebSession session = new WebSession();
        session.submit(session.get("/signup.xhtml"), "signup", Map.of("email", email, "name", name, "password", password), "submit");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ?", email), "signed up " + email);
    }

    /** A browser session signed in through the login form. */
    public static WebSession signedIn(String email, String password) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> response = session.signIn(email, password);
        assertTrue(WebSession.isRedirect(response), "signing in as " + email + " redirects, got " + response.statusCode());
        return session;
    }

    public static String token(String email, String password) throws Exception {
        HttpResponse<String> issued = HttpSupport.send("POST", "/api/auth/token",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        if (issued.statusCode() != 200) {
            throw new AssertionError("no token for " + email + ": " + issued.statusCode() + " " + issued.body());
        }
        return HttpSupport.json(issued).getString("token");
    }
}
