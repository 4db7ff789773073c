package io.openshop.payara;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DotSegmentsTest {

    @Test
    void aPathEndingInDotSegmentsIsNormalisedAsRfc3986Says() {
        assertEquals("/admin/orders.xhtml/", DotSegments.removedFrom("/admin/orders.xhtml/x/.."));
        assertEquals("/api/me/cart/", DotSegments.removedFrom("/api/me/cart/lines/.."));
        assertEquals("/api/products/", DotSegments.removedFrom("/api/products/."));
        assertEquals("/a/c", DotSegments.removedFrom("/a/./b/../c"));
        assertEquals("/admin/", DotSegments.removedFrom("/account/../admin/"));
    }

    @Test
    void climbingAboveTheRootStopsAtTheRoot() {
        assertEquals("/", DotSegments.removedFrom("/.."));
        assertEquals("/", DotSegments.removedFrom("/."));
        assertEquals("/WEB-INF/web.xml", DotSegments.removedFrom("/../../WEB-INF/web.xml"));
    }

    @Test
    void percentEncodedDotsAreDotSegmentsToo() {
        assertEquals("/api/", DotSegments.removedFrom("/api/products/%2e%2E"));
        assertEquals("/a/", DotSegments.removedFrom("/a/b/.%2e"));
        assertEquals("/a/b", DotSegments.removedFrom("/a/%2E/b"));
    }

    @Test
    void theQueryAndTheAbsoluteFormsPrefixAreKept() {
        assertEquals("/api/?q=/../x", DotSegments.removedFrom("/api/products/..?q=/../x"));
        assertEquals("http://localhost:8080/a/", DotSegments.removedFrom("http://localhost:8080/a/b/.."));
    }

    @Test
    void ordinaryTargetsAreLeftAloneAsTheSameString() {
        for (String target : new String[] {"/api/products?q=a..b", "/file.tar.gz", "/a/...b/..c", "/a/..;x=1", "*",
                "localhost:8080", "/a/%2e%2e%2e", "/a/%252e%252e"}) {
            assertSame(target, DotSegments.removedFrom(target), target);
        }
    }

    @Test
    void bytesOutsideAsciiPassThroughUnchanged() {
        // the UTF-8 bytes of "café", one char per byte as the probe reads them
        assertEquals("/caf\u00c3\u00a9/", DotSegments.removedFrom("/caf\u00c3\u00a9/x/.."));
    }
}
