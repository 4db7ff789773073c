package io.openshop.service.payment.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StripeSignatureTest {

    private static final String SECRET = "whsec_test_secret";
    private static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
    // computed independently: printf '%s' '1700000000.<payload>' | openssl dgst -sha256 -hmac whsec_test_secret
    private static final String V1 = "22d8dc182f5c588077683bd378368e29765bfe5df2560112b4f28fef120f0e31";
    private static final Instant SIGNED = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void hmacSha256MatchesTheKnownVectors() {
        // RFC 4231-style vector well known from Wikipedia's HMAC article
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                StripeSignature.sign("The quick brown fox jumps over the lazy dog", "key"));
        assertEquals(V1, StripeSignature.sign("1700000000." + PAYLOAD, SECRET));
    }

    @Test
    void aGenuineSignatureWithinTheToleranceIsAccepted() {
        assertDoesNotThrow(() -> StripeSignature.verify(PAYLOAD, "t=1700000000,v1=" + V1, SECRET,
                SIGNED.plusSeconds(299), StripeSignature.TOLERANCE));
        // Stripe sends several v1 while a secret is rolled, and other schemes (v0) we ignore
        assertDoesNotThrow(() -> StripeSignature.verify(PAYLOAD, "t=1700000000,v0=abc,v1=" + "0".repeat(64) + ",v1=" + V1, SECRET,
                SIGNED, StripeSignature.TOLERANCE));
    }

    @Test
    void aChangedPayloadAWrongSecretOrAMissingPartIsRefused() {
        assertRefused(PAYLOAD.replace("evt_1", "evt_2"), "t=1700000000,v1=" + V1, SECRET, SIGNED, "no v1 signature matches");
        assertRefused(PAYLOAD, "t=1700000000,v1=" + V1, "whsec_other", SIGNED, "no v1 signature matches");
        assertRefused(PAYLOAD, "t=1700000001,v1=" + V1, SECRET, SIGNED, "no v1 signature matches");
        assertRefused(PAYLOAD, "v1=" + V1, SECRET, SIGNED, "t= and v1=");
        assertRefused(PAYLOAD, "t=1700000000", SECRET, SIGNED, "t= and v1=");
        assertRefused(PAYLOAD, null, SECRET, SIGNED, "missing");
        assertRefused(PAYLOAD, "t=soon,v1=" + V1, SECRET, SIGNED, "not a number");
        assertRefused(PAYLOAD, "t=1700000000,v1=" + V1, "", SIGNED, "no webhook signing secret");
    }

    @Test
    void aSignatureOlderOrNewerThanFiveMinutesIsStale() {
        assertRefused(PAYLOAD, "t=1700000000,v1=" + V1, SECRET, SIGNED.plusSeconds(301), "outside the tolerance");
        assertRefused(PAYLOAD, "t=1700000000,v1=" + V1, SECRET, SIGNED.minusSeconds(301), "outside the tolerance");
    }

    @Test
    void theHeaderASenderBuildsIsAcceptedByTheVerifier() {
        String header = StripeSignature.header(PAYLOAD, SECRET, 1_700_000_000L);
        assertEquals("t=1700000000,v1=" + V1, header);
        assertDoesNotThrow(() -> StripeSignature.verify(PAYLOAD, header, SECRET, SIGNED, Duration.ofMinutes(5)));
    }

    private static void assertRefused(String payload, String header, String secret, Instant now, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StripeSignature.verify(payload, header, secret, now, StripeSignature.TOLERANCE));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
