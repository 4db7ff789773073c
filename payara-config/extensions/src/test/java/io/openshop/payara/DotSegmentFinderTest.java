package io.openshop.payara;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DotSegmentFinderTest {

    private static String rewritten(String line) {
        byte[] out = DotSegmentFinder.normalisedRequestLine(line.getBytes(StandardCharsets.ISO_8859_1));
        return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPathEndingInDotSegmentsIsNormalisedAsRfc3986Says() {
        assertEquals("GET /admin/orders.xhtml/ HTTP/1.1\r\n", rewritten("GET /admin/orders.xhtml/x/.. HTTP/1.1\r\n"));
        assertEquals("PUT /api/me/cart/ HTTP/1.1\r\n", rewritten("PUT /api/me/cart/lines/.. HTTP/1.1\r\n"));
        assertEquals("GET /api/products/ HTTP/1.1\r\n", rewritten("GET /api/products/. HTTP/1.1\r\n"));
        assertEquals("GET /a/c HTTP/1.0\n", rewritten("GET /a/./b/../c HTTP/1.0\n"));
    }

    @Test
    void climbingAboveTheRootStopsAtTheRoot() {
        assertEquals("GET / HTTP/1.1\r\n", rewritten("GET /.. HTTP/1.1\r\n"));
        assertEquals("GET /etc/passwd HTTP/1.1\r\n", rewritten("GET /../../etc/passwd HTTP/1.1\r\n"));
    }

    @Test
    void percentEncodedDotsAreDotSegmentsToo() {
        assertEquals("GET /api/ HTTP/1.1\r\n", rewritten("GET /api/products/%2e%2E HTTP/1.1\r\n"));
        assertEquals("GET /a/ HTTP/1.1\r\n", rewritten("GET /a/b/.%2e HTTP/1.1\r\n"));
        assertEquals("GET /a/b HTTP/1.1\r\n", rewritten("GET /a/%2e/b HTTP/1.1\r\n"));
    }

    @Test
    void theQueryAndTheAbsoluteFormsPrefixAreKept() {
        assertEquals("GET /api/?q=/../x HTTP/1.1\r\n", rewritten("GET /api/products/..?q=/../x HTTP/1.1\r\n"));
        assertEquals("GET http://localhost:8080/a/ HTTP/1.1\r\n", rewritten("GET http://localhost:8080/a/b/.. HTTP/1.1\r\n"));
    }

    @Test
    void ordinaryLinesAndWhatIsNoRequestLineAreLeftAlone() {
        assertNull(rewritten("GET /api/products?q=a..b HTTP/1.1\r\n"));
        assertNull(rewritten("GET /file.tar.gz HTTP/1.1\r\n"));
        assertNull(rewritten("GET /a/...b/..c HTTP/1.1\r\n"));
        assertNull(rewritten("OPTIONS * HTTP/1.1\r\n"));
        assertNull(rewritten("{\"path\": \"/x/..\"}\n"));
        assertNull(rewritten("GET /x/.. NOTHTTP\r\n"));
        assertNull(rewritten("get /x/.. HTTP/1.1\r\n"));
    }

    @Test
    void bytesOutsideAsciiPassThroughUnchanged() {
        String line = "GET /caf\u00c3\u00a9/x/.. HTTP/1.1\r\n"; // UTF-8 bytes of "café", read as ISO-8859-1
        assertEquals("GET /caf\u00c3\u00a9/ HTTP/1.1\r\n", rewritten(line));
    }
}
