package io.openshop.service.platform.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeCachesTest {

    @Test
    void keysGoInHeadersBelowTheLimitEveryKeyOnceInOrder() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            keys.add("product-SKU-" + i);
        }
        List<String> headers = EdgeCaches.headers(keys);
        assertTrue(headers.size() > 1, "more than one request for " + keys.size() + " keys");
        headers.forEach(h -> assertTrue(h.length() <= EdgeCaches.HEADER_LIMIT, "at most the limit: " + h.length()));
        assertEquals(keys, headers.stream().flatMap(h -> List.of(h.split(" ")).stream()).toList());
    }

    @Test
    void aKeyLongerThanTheLimitGoesAloneAndNoHeaderIsEmpty() {
        String huge = "category-" + "x".repeat(EdgeCaches.HEADER_LIMIT);
        assertEquals(List.of("search", huge, "categories"), EdgeCaches.headers(List.of("search", huge, "categories")));
        assertEquals(List.of(), EdgeCaches.headers(List.of()));
    }

    @Test
    void theCachesAreHttpUrlsAndBlankMeansNone() {
        assertTrue(EdgeCaches.of(" ").isEmpty());
        assertEquals("[http://127.0.0.1:8088/, http://edge-2.internal:6081/]",
                EdgeCaches.of("http://127.0.0.1:8088, http://edge-2.internal:6081/x").toString());
        assertThrows(IllegalArgumentException.class, () -> EdgeCaches.of("127.0.0.1:8088"));
        assertThrows(IllegalArgumentException.class, () -> EdgeCaches.of("ftp://edge"));
    }
}
