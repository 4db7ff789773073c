package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.WebSession;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Forgot your password": the form answers the same for any address, an account's owner gets a
 * single-use link valid for 30 minutes (only its hash is stored), a newer link kills the older,
 * the new password passes the policy, and every earlier session and API token ends. Emails are
 * received by GreenMail in this JVM.
 */
@ExtendWith(SharedDeployment.class)
class PasswordResetIT {

    private static final String PASSWORD = "a long and unusual passphrase 42";
    private static final String NEW_PASSWORD = "another quite unusual passphrase 43";

    @RegisterExtension
    static final GreenMailExtension MAIL = MailSupport.server();

    private static String newCustomer(String label) throws Exception {
        String email = label + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        SignedUpCustomers.signUp(email, "Reset " + label, PASSWORD);
        return email;
    }

    private static HttpResponse<String> askForLink(String email) throws Exception {
        WebSession anyone = new WebSession();
        return anyone.submit(anyone.get("/forgot-password.xhtml"), "forgot", Map.of("email", email), "submit");
    }

    private static HttpResponse<String> reset(String token, String password) throws Exception {
        WebSession anyone = new WebSession();
        HttpResponse<String> form = anyone.get("/reset-password.xhtml?token=" + token);
        assertEquals(200, form.statusCode());
        return anyone.submit(form, "reset", Map.of("password", password), "submit");
    }

    /** A page without what differs between any two answers (view state, nonces) and the address typed. */
    private static String comparable(String page, String email) {
        return page.replace(email, "X").replaceAll("(value|nonce)=\"[^\"]*\"", "").replaceAll("'[A-Za-z0-9+/=_-]{20,}'", "''");
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<MimeMessage> resetMails(String email, int count) throws InterruptedException {
        return MailSupport.await(MAIL, email, count + 1).stream() // the verification email of the sign-up comes first
                .filter(m -> MailSupport.subject(m).contains("new password")).toList();
    }

    @Test
    void theFormAnswersTheSameForAnyAddressAndOnlyTheOwnerGetsALink() throws Exception {
        String email = newCustomer("known");
        String unknown = "nobody-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        HttpResponse<String> forKnown = askForLink(email);
        HttpResponse<String> forUnknown = askForLink(unknown);
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertTrue(forKnown.body().contains("If an account exists for that address"), forKnown.body());
        assertTrue(forUnknown.body().contains("If an account exists for that address"), forUnknown.body());
        assertEquals(comparable(forKnown.body(), email), comparable(forUnknown.body(), unknown), "the same page either way");

        MimeMessage link = resetMails(email, 1).get(0);
        assertTrue(MailSupport.body(link).contains("30 minutes"), MailSupport.body(link));
        assertTrue(MailSupport.to(MAIL, unknown).isEmpty(), "nothing is sent to an address without an account");
        String token = MailSupport.token(link);
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and reset_token_hash = ?", email, sha256(token)),
                "only the hash is stored");
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where reset_token_hash = ?", token));
        assertEquals(2, DatabaseSupport.count("select count(*) from audit_log where action = 'PASSWORD_RESET_REQUESTED' and target in (?, ?)",
                email, unknown));
    }

    @Test
    void aLinkSetsAPolicyPasswordOnceAndEndsEveryEarlierSignIn() throws Exception {
        String email = newCustomer("reset");
        String oldToken = StaffSupport.token(email, PASSWORD);
        WebSession oldSession = new WebSession();
        assertTrue(WebSession.isRedirect(oldSession.signIn(email, PASSWORD)));
        assertEquals(200, oldSession.get("/account/").statusCode());

        askForLink(email);
        String first = MailSupport.token(resetMails(email, 1).get(0));
        askForLink(email);
        String second = MailSupport.token(resetMails(email, 2).get(1));
        assertNotEquals(first, second);

        HttpResponse<String> older = reset(first, NEW_PASSWORD);
        assertTrue(older.body().contains("is not valid any more"), "a newer link killed the older: " + older.body());
        HttpResponse<String> weak = reset(second, "short pass");
        assertTrue(weak.body().contains("Password must be at least 12 characters long."), weak.body());
        assertFalse(weak.body().contains("short+pass") || weak.body().contains("short pass"), "the refused password is not echoed");
        HttpResponse<String> done = reset(second, NEW_PASSWORD);
        assertTrue(done.body().contains("Your password has been changed"), done.body());
        HttpResponse<String> again = reset(second, "yet another unusual passphrase 44");
        assertTrue(again.body().contains("is not valid any more"), "a link works once: " + again.body());

        assertEquals(401, StaffSupport.tokenFor(email, PASSWORD).statusCode(), "the old password is gone");
        assertEquals(200, StaffSupport.tokenFor(email, NEW_PASSWORD).statusCode(), "the new one signs in");
        assertEquals(401, StaffSupport.as(oldToken, "GET", "/api/me", null).statusCode(), "a token from before opens nothing");
        HttpResponse<String> stale = oldSession.get("/account/");
        assertTrue(WebSession.isRedirect(stale) && WebSession.location(stale).contains("/login.xhtml"),
                "a session from before is signed out: " + stale.statusCode());
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'PASSWORD_RESET' and target = ?", email));
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String email = newCustomer("expired");
        askForLink(email);
        String token = MailSupport.token(resetMails(email, 1).get(0));
        CommerceSupport.execute("update app_user set reset_token_expires = now() - interval '1 second' where email = ?", email);
        HttpResponse<String> late = reset(token, NEW_PASSWORD);
        assertTrue(late.body().contains("is not valid any more"), late.body());
        assertEquals(401, StaffSupport.tokenFor(email, NEW_PASSWORD).statusCode(), "the password did not change");
        assertFalse(DatabaseSupport.count("select count(*) from audit_log where action = 'PASSWORD_RESET' and target = ?", email) > 0);
    }
}
