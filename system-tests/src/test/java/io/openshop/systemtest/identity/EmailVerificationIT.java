package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.WebSession;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-up sends a verification email with a single-use link that confirms the address; signing up
 * again with an address that has an account sends its owner an email instead of a second account.
 */
@ExtendWith(SharedDeployment.class)
class EmailVerificationIT {

    private static final String PASSWORD = "a long and unusual passphrase 42";

    @RegisterExtension
    static final GreenMailExtension MAIL = MailSupport.server();

    private static HttpResponse<String> signUp(String email, String name) throws Exception {
        WebSession session = new WebSession();
        return session.submit(session.get("/signup.xhtml"), "signup", Map.of("email", email, "name", name, "password", PASSWORD), "submit");
    }

    @Test
    void signUpSendsALinkThatConfirmsTheAddressOnce() throws Exception {
        String email = "verify-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        signUp(email, "Vera Verify");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and not email_verified", email),
                "unverified at first (it may sign in; orders are tied to it once verified)");
        MimeMessage mail = MailSupport.await(MAIL, email, 1).get(0);
        assertTrue(MailSupport.subject(mail).contains("Confirm your email address"), MailSupport.subject(mail));
        String token = MailSupport.token(mail);
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where email_token_hash = ?", token), "only a hash is kept");

        HttpResponse<String> confirmed = new WebSession().get("/verify-email.xhtml?token=" + token);
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("id=\"email-confirmed\""), confirmed.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and email_verified", email));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'EMAIL_VERIFIED' and target = ?", email));

        HttpResponse<String> reused = new WebSession().get("/verify-email.xhtml?token=" + token);
        assertTrue(reused.body().contains("id=\"email-not-confirmed\""), "a link works once");
        HttpResponse<String> forged = new WebSession().get("/verify-email.xhtml?token=forged-token-value");
        assertTrue(forged.body().contains("id=\"email-not-confirmed\""));
    }

    @Test
    void signingUpAgainWithAnAddressThatHasAnAccountEmailsItsOwner() throws Exception {
        String email = "twice-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        signUp(email, "First Owner");
        MailSupport.await(MAIL, email, 1);
        signUp(email, "Somebody Else");
        MimeMessage notice = MailSupport.await(MAIL, email, 2).stream()
                .filter(m -> MailSupport.subject(m).contains("tried to open")).findFirst()
                .orElseThrow(() -> new AssertionError("the owner is told"));
        assertTrue(MailSupport.body(notice).contains("forgot-password.xhtml"), MailSupport.body(notice));
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where lower(email) = ?", email), "no second account");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and display_name = 'First Owner'", email));
    }
}
