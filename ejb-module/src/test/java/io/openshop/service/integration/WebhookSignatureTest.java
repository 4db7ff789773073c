package io.openshop.service.integration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_0123456789abcdef0123456789abcdef";
    private static final String BODY = "{\"id\":1}";

    @Test
    void theHeaderIsTheTimestampAndTheHmacOfTimestampDotBody() {
        // computed independently: printf '%s' '1700000000.{"id":1}' | openssl dgst -sha256 -hmac 'whsec_0123…cdef'
        assertEquals("t=1700000000,v1=5c2a78a98d3119381d3fcbee519454e5d4777a769c6a45b422685591b3e31401",
                WebhookSignature.header(SECRET, 1_700_000_000L, BODY));
    }

    @Test
    void aSubscriberAcceptsOnlyTheSameBodyWithTheSameSecretInTime() {
        String header = WebhookSignature.header(SECRET, 1_700_000_000L, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, 1_700_000_100L, 300));
        assertFalse(WebhookSignature.verify(SECRET, header, "{\"id\":2}", 1_700_000_100L, 300), "another body");
        assertFalse(WebhookSignature.verify(SECRET + "x", header, BODY, 1_700_000_100L, 300), "another secret");
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, 1_700_000_301L, 300), "too old: a replayed request");
        assertFalse(WebhookSignature.verify(SECRET, header.replace("t=1700000000", "t=1700000200"), BODY, 1_700_000_200L, 300),
                "the timestamp is signed too");
        assertFalse(WebhookSignature.verify(SECRET, null, BODY, 1_700_000_100L, 300));
        assertFalse(WebhookSignature.verify(SECRET, "v1=abc", BODY, 1_700_000_100L, 300));
    }
}
