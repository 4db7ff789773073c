package io.openshop.service.platform;

import java.time.Instant;
import java.util.List;

/**
 * What the system page shows of one instance: its figures as its own /metrics gave them just now
 * (null where the instance does not export that figure; all null when it did not answer), and the
 * samples of the last hour, one a minute, for the charts.
 *
 * @param problem why the instance could not be read, or null
 * @param requestsPerSecond the application's answers per second over the last minute, null until two samples exist
 * @param errorsPerSecond the 5xx answers per second over the last minute, likewise
 */
public record InstanceStatus(String name, String metricsUrl, Instant readAt, String problem, Double databaseUp,
                             Double uptimeSeconds, Double heapUsedBytes, Double heapMaxBytes, Double sessions,
                             Double poolInUse, Double poolWaiting, Double requests, Double errors,
                             Double requestsPerSecond, Double errorsPerSecond, List<Point> lastHour) {

    /** One sample of an instance's counters and gauges. */
    public record Point(Instant at, double requests, double errors, Double heapUsedBytes, Double poolInUse, Double sessions) {
    }

    public boolean reachable() {
        return problem == null;
    }

    /** UP when the instance answered and reaches its database, DOWN otherwise. */
    public String health() {
        return reachable() && databaseUp != null && databaseUp >= 1 ? "UP" : "DOWN";
    }
}
