package io.openshop.systemtest.support;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One-time codes as an authenticator app computes them (RFC 6238: HOTP of the 30-second step),
 * and enrolment through the back office's page. The shop accepts a code of the step before or
 * after the current one, never a step at or before the last one it accepted, so
 * {@link #nextCode} hands out each step once per secret and waits for the clock when a test
 * signs in more often than once a step.
 */
public final class TotpSupport {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>");
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TotpSupport() {
    }

    public static long stepNow() {
        return Math.floorDiv(Instant.now().getEpochSecond(), 30);
    }

    public static String codeAt(String secret, long step) {
        try {
            return new HmacOneTimePasswordGenerator(6).generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), step, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code the shop accepts now and has not accepted before (waits for the next step when needed). */
    public static synchronized String nextCode(String secret) throws InterruptedException {
        long step = Math.max(stepNow(), LAST_STEP.getOrDefault(secret, Long.MIN_VALUE) + 1);
        while (step > stepNow() + 1) {
            long nextStepAt = (stepNow() + 1) * 30_000L;
            Thread.sleep(Math.max(50, nextStepAt - System.currentTimeMillis() + 100));
        }
        LAST_STEP.put(secret, step);
        return codeAt(secret, step);
    }

    /** Marks a code's step as used (a test used it itself), so that {@link #nextCode} does not hand it out. */
    public static synchronized void used(String secret, long step) {
        LAST_STEP.merge(secret, step, Math::max);
    }

    /** The key the enrolment page shows. */
    public static String secretShown(HttpResponse<String> page) {
        Matcher secret = SECRET.matcher(page.body());
        assertTrue(secret.find(), "the enrolment page shows the key: " + page.body());
        return secret.group(1);
    }

    /**
     * Turns on two-factor sign-in for the account signed in on {@code session} through the
     * enrolment page, and answers its secret.
     */
    public static String enrol(WebSession session) throws Exception {
        HttpResponse<String> page = session.get("/admin/two-factor.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        Matcher secret = SECRET.matcher(page.body());
        assertTrue(secret.find(), "the enrolment page shows the key: " + page.body());
        assertTrue(page.body().contains("src=\"data:image/png;base64,"), "and the QR code");
        assertTrue(page.body().contains("otpauth://totp/OpenShop%3A"), "and the setup link");
        HttpResponse<String> confirmed = session.submit(page, "enrol", Map.of("code", nextCode(secret.group(1))), "submit");
        assertTrue(WebSession.isRedirect(confirmed), "enrolment confirmed: " + confirmed.statusCode() + " " + confirmed.body());
        return secret.group(1);
    }
}
