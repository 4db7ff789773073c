package io.openshop.web.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdFilterTest {

    @Test
    void aPlainTokenSentIsKeptAnythingElseIsReplacedByARandomId() {
        assertEquals("lb-7f3a.9_x", RequestIdFilter.accepted("lb-7f3a.9_x"));
        for (String unplain : new String[] {null, "", "a b", "<script>", "x".repeat(65), "id\r\nSet-Cookie: a=b", "é"}) {
            String given = RequestIdFilter.accepted(unplain);
            assertTrue(given.matches("[0-9a-f]{24}"), unplain + " -> " + given);
        }
        assertNotEquals(RequestIdFilter.accepted(null), RequestIdFilter.accepted(null), "random each time");
    }
}
