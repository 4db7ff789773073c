package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TotpSupport;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.openshop.systemtest.support.StaffSupport.as;
import static io.openshop.systemtest.support.WebSession.isRedirect;
import static io.openshop.systemtest.support.WebSession.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-factor sign-in (TOTP) for administrators: one without it is sent to enrolment and reaches
 * nothing else; the form asks for the code after the password; wrong and replayed codes are
 * refused, and count towards the lock-out; API tokens need the code too. Each test uses
 * administrators of its own, opened by the first administrator.
 */
@ExtendWith(SharedDeployment.class)
class TwoFactorIT {

    private static String newAdmin(String label) throws Exception {
        return StaffSupport.newStaff(StaffSupport.adminToken(), label, "ADMIN").getString("email");
    }

    private static HttpResponse<String> token(String email, String totp) throws Exception {
        var body = Json.createObjectBuilder().add("email", email).add("password", StaffSupport.PASSWORD);
        if (totp != null) {
            body.add("totp", totp);
        }
        return HttpSupport.send("POST", "/api/auth/token", body.build().toString());
    }

    /** A code that is certainly not accepted now: ten steps ahead. */
    private static String wrongCode(String secret) {
        return TotpSupport.codeAt(secret, TotpSupport.stepNow() + 10);
    }

    private static String enrolled(String email) throws Exception {
        WebSession session = new WebSession();
        assertTrue(isRedirect(session.signIn(email, StaffSupport.PASSWORD)));
        return TotpSupport.enrol(session);
    }

    @Test
    void anAdministratorWithoutTwoFactorIsSentToEnrolmentAndReachesNothingElseUntilEnrolled() throws Exception {
        String email = newAdmin("unenrolled");
        HttpResponse<String> noToken = token(email, null);
        assertEquals(401, noToken.statusCode(), noToken.body());
        assertTrue(noToken.body().contains("two-factor"), "the refusal says what to do: " + noToken.body());

        WebSession session = new WebSession();
        HttpResponse<String> signedIn = session.signIn(email, StaffSupport.PASSWORD);
        assertTrue(isRedirect(signedIn), "the password signs in: " + signedIn.body());
        for (String page : new String[] {"/admin/", "/admin/staff.xhtml", "/admin/product.xhtml?slug=organic-cotton-t-shirt"}) {
            HttpResponse<String> response = session.get(page);
            assertTrue(isRedirect(response), page + " answered " + response.statusCode());
            assertTrue(location(response).endsWith("/admin/two-factor.xhtml"), page + " sent to " + location(response));
        }
        HttpResponse<String> page = session.get("/admin/two-factor.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> wrong = session.submit(page, "enrol", Map.of("code", wrongCode(TotpSupport.secretShown(page))), "submit");
        assertTrue(wrong.body().contains("That code is not right"), wrong.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where email = ? and totp_confirmed", email));

        String secret = TotpSupport.enrol(session);
        HttpResponse<String> office = session.get("/admin/staff.xhtml");
        assertEquals(200, office.statusCode(), "enrolled, the back office opens: " + office.body());
        assertTrue(office.body().contains("Signed in as"));

        // the secret is kept encrypted like other personal data
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and totp_confirmed"
                + " and totp_secret like 'v1:%' and position(? in totp_secret) = 0", email, secret));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'TWO_FACTOR_ENABLED' and target = ?"
                + " and after->>'twoFactor' = 'totp'", email));
        HttpResponse<String> again = session.get("/admin/two-factor.xhtml");
        assertTrue(again.body().contains("id=\"two-factor-on\""), "enrolled: the page says so");
        assertFalse(again.body().contains(secret), "and never shows the secret again");
    }

    @Test
    void theFormAsksForTheCodeAfterThePasswordAndRefusesWrongAndReplayedCodes() throws Exception {
        String email = newAdmin("two-step");
        String secret = enrolled(email);

        WebSession session = new WebSession();
        HttpResponse<String> password = session.signIn(email, StaffSupport.PASSWORD);
        assertEquals(200, password.statusCode(), "the password alone does not sign in");
        assertTrue(password.body().contains("<form id=\"totp\""), password.body());
        assertFalse(password.body().contains("Signed in as"));

        HttpResponse<String> wrong = session.submit(password, "totp", Map.of("code", wrongCode(secret)), "submit");
        assertFalse(isRedirect(wrong), "a wrong code is refused");
        assertTrue(wrong.body().contains("That code is not right or was already used"), wrong.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN_FAILED' and target = ?"
                + " and after->>'reason' = 'wrong or used one-time code'", email));

        String code = TotpSupport.nextCode(secret);
        HttpResponse<String> right = session.submit(wrong, "totp", Map.of("code", code), "submit");
        assertTrue(isRedirect(right), "the right code signs in: " + right.body());
        assertEquals(200, session.get("/admin/staff.xhtml").statusCode(), "and opens the administration");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'LOGIN' and target = ?"
                + " and after->>'secondFactor' = 'totp'", email));

        WebSession replay = new WebSession();
        HttpResponse<String> replayed = replay.submit(replay.signIn(email, StaffSupport.PASSWORD), "totp", Map.of("code", code), "submit");
        assertFalse(isRedirect(replayed), "a code that signed in once does not sign in again");
        assertTrue(replayed.body().contains("That code is not right or was already used"), replayed.body());
    }

    @Test
    void anApiTokenNeedsTheCodeForAnAdministrator() throws Exception {
        String email = newAdmin("api");
        String secret = enrolled(email);

        HttpResponse<String> passwordOnly = token(email, null);
        assertEquals(401, passwordOnly.statusCode(), passwordOnly.body());
        assertTrue(passwordOnly.body().contains("totp"), passwordOnly.body());
        assertEquals(401, token(email, wrongCode(secret)).statusCode(), "a wrong code");

        String code = TotpSupport.nextCode(secret);
        HttpResponse<String> issued = token(email, code);
        assertEquals(200, issued.statusCode(), issued.body());
        String bearer = HttpSupport.json(issued).getString("token");
        assertEquals(200, as(bearer, "GET", "/api/admin/staff", null).statusCode(), "the token opens the admin API");
        assertEquals(401, token(email, code).statusCode(), "the same code does not give a second token");
    }

    @Test
    void wrongCodesCountTowardsTheLockOutLikeWrongPasswords() throws Exception {
        String email = newAdmin("locked");
        String secret = enrolled(email);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, token(email, wrongCode(secret)).statusCode(), "attempt " + attempt);
        }
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ACCOUNT_LOCKED' and target = ?", email));
        HttpResponse<String> right = token(email, TotpSupport.nextCode(secret));
        assertEquals(401, right.statusCode(), "locked for a while: even the right password and code are refused");
        JsonObject problem = HttpSupport.json(right);
        assertFalse(problem.toString().contains("locked until"), "the answer does not say more than needed");
    }
}
