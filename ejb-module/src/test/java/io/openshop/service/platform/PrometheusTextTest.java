package io.openshop.service.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrometheusTextTest {

    private static final String PAGE = """
            # HELP shop_http_responses_total Answers of the application by status class (1xx to 5xx)
            # TYPE shop_http_responses_total counter
            shop_http_responses_total{class="2xx",mp_scope="application"} 1520.0
            shop_http_responses_total{class="5xx",mp_scope="application"} 3.0
            # TYPE memory_usedHeap_bytes gauge
            memory_usedHeap_bytes{mp_scope="base"} 1.23456789E8
            jvm_uptime_seconds{mp_scope="base"} 3600.5 1700000000000
            odd_label{path="a \\"quoted\\" \\\\ back",x="1"} 7
            broken{unclosed="yes 1
            not_a_number{a="b"} twelve
            shop_checkout_duration_seconds{mp_scope="application",quantile="0.99"} NaN
            """;

    @Test
    void readsNamesLabelsAndValuesAndSkipsWhatDoesNotParse() {
        PrometheusText text = PrometheusText.parse(PAGE);
        assertEquals(6, text.samples().size(), "the two malformed lines are skipped: " + text.samples());
        assertEquals(1520.0, text.value("shop_http_responses_total", s -> "2xx".equals(s.label("class"))));
        assertEquals(1523.0, text.sum("shop_http_responses_total", s -> true));
        assertEquals(123456789.0, text.value("memory_usedHeap_bytes"));
        assertEquals(3600.5, text.value("jvm_uptime_seconds"), "a timestamp after the value is not the value");
        assertEquals(Map.of("path", "a \"quoted\" \\ back", "x", "1"), text.samples().get(4).labels());
        assertTrue(Double.isNaN(text.value("shop_checkout_duration_seconds")));
        assertNull(text.value("no_such_metric"));
        assertEquals(0.0, text.sum("no_such_metric", s -> true));
    }
}
