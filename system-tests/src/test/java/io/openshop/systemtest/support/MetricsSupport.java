package io.openshop.systemtest.support;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shop's application metrics, read from the internal listener's /metrics as Prometheus prints them. */
public final class MetricsSupport {

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*})? ([-0-9.eE+]+)$");
    private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    private MetricsSupport() {
    }

    /**
     * Every sample of the application registry by name and labels, without the scope label and
     * with the labels sorted: {@code shop_revenue_minor_units_total{currency=EUR}}.
     */
    public static Map<String, Double> samples() throws Exception {
        HttpResponse<String> metrics = HttpSupport.metrics("?scope=application");
        assertEquals(200, metrics.statusCode());
        Map<String, Double> samples = new HashMap<>();
        metrics.body().lines().filter(l -> !l.startsWith("#")).forEach(line -> {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches()) {
                samples.merge(m.group(1) + labels(m.group(2)), Double.parseDouble(m.group(3)), Double::sum);
            }
        });
        return samples;
    }

    private static String labels(String printed) {
        if (printed == null) {
            return "";
        }
        Map<String, String> labels = new TreeMap<>();
        Matcher pair = LABEL.matcher(printed);
        while (pair.find()) {
            if (!pair.group(1).equals("mp_scope")) {
                labels.put(pair.group(1), pair.group(2));
            }
        }
        return labels.isEmpty() ? "" : labels.toString();
    }

    /** How much a sample grew from one reading to the next (a sample not there yet counts as 0). */
    public static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        return after.getOrDefault(sample, 0.0) - before.getOrDefault(sample, 0.0);
    }
}
