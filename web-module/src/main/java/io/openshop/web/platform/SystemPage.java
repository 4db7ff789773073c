package io.openshop.web.platform;

import io.openshop.domain.platform.Incident;
import io.openshop.service.platform.InstanceStatus;
import io.openshop.service.platform.InstanceStatus.Point;
import io.openshop.service.platform.Incidents;
import io.openshop.service.platform.SystemMonitor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * The back office's system page (ADMIN): each instance's health, uptime, heap, pool, sessions,
 * request and error rates as its own metrics give them, charts of its last hour, and the latest
 * incidents. The figures come from {@link SystemMonitor}; this bean only formats them.
 */
@Named
@RequestScoped
public class SystemPage {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    SystemMonitor monitor;

    @Inject
    Incidents incidents;

    private List<InstanceStatus> instances;
    private List<Incident> latest;

    public List<InstanceStatus> getInstances() {
        if (instances == null) {
            instances = monitor.instances();
        }
        return instances;
    }

    public List<Incident> getIncidents() {
        if (latest == null) {
            latest = incidents.latest();
        }
        return latest;
    }

    public String uptime(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        long minutes = (long) (seconds / 60);
        return minutes >= 60 * 24 ? minutes / (60 * 24) + " d " + minutes / 60 % 24 + " h"
                : minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }

    public String megabytes(Double bytes) {
        return bytes == null ? "–" : String.format(Locale.ROOT, "%,.0f MB", bytes / (1024 * 1024));
    }

    public String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    public String rate(Double perSecond) {
        return perSecond == null ? "– (after the first minute)" : String.format(Locale.ROOT, "%.2f/s", perSecond);
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** Chart.js configuration: answers and server errors per minute over the last hour. */
    public String trafficChart(InstanceStatus instance) {
        return chart(instance.lastHour(), "Answers per minute", (a, b) -> b.requests() - a.requests(), "#1f6feb",
                "Server errors (5xx) per minute", (a, b) -> b.errors() - a.errors(), "#cf222e");
    }

    /** Chart.js configuration: heap in MB and the pool's connections in use over the last hour. */
    public String resourcesChart(InstanceStatus instance) {
        return chart(instance.lastHour(), "Heap used (MB)", (a, b) -> b.heapUsedBytes() == null ? Double.NaN : b.heapUsedBytes() / (1024 * 1024),
                "#8250df", "Sessions", (a, b) -> b.sessions() == null ? Double.NaN : b.sessions(), "#1a7f37");
    }

    private static String chart(List<Point> points, String firstLabel, ToDoubleBiFunction<Point, Point> first, String firstColour,
                                String secondLabel, ToDoubleBiFunction<Point, Point> second, String secondColour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder one = Json.createArrayBuilder();
        JsonArrayBuilder two = Json.createArrayBuilder();
        for (int i = 1; i < points.size(); i++) {
            Point before = points.get(i - 1);
            Point now = points.get(i);
            labels.add(MINUTE.format(now.at()));
            add(one, now.requests() < before.requests() ? Double.NaN : first.applyAsDouble(before, now)); // a restart resets counters
            add(two, now.requests() < before.requests() ? Double.NaN : second.applyAsDouble(before, now));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(firstLabel, one, firstColour, "y"))
                                .add(dataset(secondLabel, two, secondColour, "y1"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left"))
                                .add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, String axis) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("pointRadius", 0).add("yAxisID", axis);
    }

    private static void add(JsonArrayBuilder array, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            array.addNull();
        } else {
            array.add(Math.round(value * 100) / 100.0);
        }
    }
}
