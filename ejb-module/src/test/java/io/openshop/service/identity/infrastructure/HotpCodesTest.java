package io.openshop.service.identity.infrastructure;

import io.openshop.domain.identity.TimeBasedCodes;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The codes are RFC 6238's: its SHA-1 test vectors (the last six of their eight digits). */
class HotpCodesTest {

    /** The ASCII secret "12345678901234567890" of RFC 6238's appendix B, in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final HotpCodes codes = new HotpCodes();

    @Test
    void matchesTheTestVectorsOfRfc6238() {
        assertEquals("287082", codes.codeAt(RFC_SECRET, TimeBasedCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", codes.codeAt(RFC_SECRET, TimeBasedCodes.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", codes.codeAt(RFC_SECRET, TimeBasedCodes.stepAt(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", codes.codeAt(RFC_SECRET, TimeBasedCodes.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", codes.codeAt(RFC_SECRET, TimeBasedCodes.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void newSecretsAre160RandomBitsInBase32() {
        String one = codes.newSecret();
        assertEquals(32, one.length());
        assertTrue(one.matches("[A-Z2-7]{32}"), one);
        assertNotEquals(one, codes.newSecret());
    }
}
