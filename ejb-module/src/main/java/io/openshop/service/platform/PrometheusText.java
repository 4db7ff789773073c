package io.openshop.service.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The samples of a metrics page in Prometheus's text exposition format (version 0.0.4), as an
 * instance's /metrics prints them: {@code name{label="value",...} 12.5 [timestamp]}. Comment and
 * blank lines are skipped, and so is a line that does not parse (one odd line must not hide an
 * instance's other figures).
 */
public final class PrometheusText {

    /** One sample: a metric's name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
        public Sample {
            Objects.requireNonNull(name);
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        public String label(String label) {
            return labels.get(label);
        }
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Sample sample = sample(trimmed);
            if (sample != null) {
                samples.add(sample);
            }
        }
        return new PrometheusText(samples);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The value of the first sample of this name whose labels match, if any. */
    public Double value(String name, Predicate<Sample> matching) {
        return samples.stream().filter(s -> s.name().equals(name) && matching.test(s)).map(Sample::value).findFirst().orElse(null);
    }

    /** The value of the first sample of this name, if any. */
    public Double value(String name) {
        return value(name, s -> true);
    }

    /** The sum of the samples of this name whose labels match (0 when there are none). */
    public double sum(String name, Predicate<Sample> matching) {
        return samples.stream().filter(s -> s.name().equals(name) && matching.test(s)).mapToDouble(Sample::value).sum();
    }

    private static Sample sample(String line) {
        int i = 0;
        while (i < line.length() && isNameChar(line.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        String name = line.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
            if (i < 0) {
                return null;
            }
        }
        String[] rest = line.substring(i).strip().split("\\s+");
        if (rest.length == 0 || rest[0].isEmpty()) {
            return null;
        }
        try {
            return new Sample(name, labels, number(rest[0]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads label pairs up to the closing brace; the index after it, or -1 when malformed. */
    private static int labels(String line, int i, Map<String, String> labels) {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c == ',' || c == ' ') {
                i++;
                continue;
            }
            int equals = line.indexOf('=', i);
            if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                return -1;
            }
            String label = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2;
            for (; j < line.length() && line.charAt(j) != '"'; j++) {
                char v = line.charAt(j);
                if (v == '\\' && j + 1 < line.length()) {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(v);
                }
            }
            if (j >= line.length()) {
                return -1;
            }
            labels.put(label, value.toString());
            i = j + 1;
        }
        return -1;
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static boolean isNameChar(char c, boolean first) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (!first && c >= '0' && c <= '9');
    }
}
