package io.openshop.web.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeCachingTest {

    @Test
    void aBodysTagIsItsOwnAndStable() {
        String a = EdgeCaching.etag("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, EdgeCaching.etag("{\"a\":1}".getBytes(StandardCharsets.UTF_8)), "the same body, the same tag (on any instance)");
        assertNotEquals(a, EdgeCaching.etag("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.matches("\"[A-Za-z0-9_-]{22}\""), a);
    }

    @Test
    void ifNoneMatchNamesTheTagAmongOthersWeaklyOrAsAStar() {
        String tag = "\"abc\"";
        assertTrue(EdgeCaching.matches("\"abc\"", tag));
        assertTrue(EdgeCaching.matches("\"x\", \"abc\"", tag));
        assertTrue(EdgeCaching.matches("W/\"abc\"", tag), "weak comparison (RFC 9110)");
        assertTrue(EdgeCaching.matches("*", tag));
        assertFalse(EdgeCaching.matches("\"abd\"", tag));
        assertFalse(EdgeCaching.matches(null, tag));
    }
}
