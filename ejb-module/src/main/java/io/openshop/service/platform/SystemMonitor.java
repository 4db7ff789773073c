package io.openshop.service.platform;

import io.openshop.domain.identity.Roles;
import io.openshop.service.platform.InstanceStatus.Point;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The back office's view of the instances: reads each instance's own /metrics (Prometheus text,
 * the same page Prometheus scrapes; no second set of figures is kept by hand) when the system
 * page asks, and once a minute for the last hour's charts, which this instance keeps in memory.
 *
 * <p>The instances are {@code shop.system.instances}, a list of {@code name=metrics URL}; by
 * default this instance alone, through its internal listener
 * ({@code http://127.0.0.1:<shop.server.internal-port>}). A cluster lists every instance.
 * Hourly it also forgets incidents older than {@code shop.system.incident-retention-days} (30).
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SystemMonitor {

    private static final Logger LOG = Logger.getLogger(SystemMonitor.class.getName());
    static final Duration FIRST_SAMPLE_AFTER = Duration.ofSeconds(10);
    private static final int HOUR_OF_SAMPLES = 61;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    // the JDBC pool's figures, exported by payara-config/metrics.xml (vendor scope)
    static final String POOL_IN_USE = "shop_pool_connections_in_use";
    static final String POOL_WAITING = "shop_pool_requests_waiting";

    @Inject
    Config config;

    @EJB
    Incidents incidents;

    @EJB
    ScheduledRuns runs;

    private final Map<String, Deque<Point>> history = new ConcurrentHashMap<>();
    private HttpClient http;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        // a first sample soon after deployment, so the charts have their two points at the next minute, not the one after
        timers.createSingleActionTimer(FIRST_SAMPLE_AFTER.toMillis(), new TimerConfig("first sample", false));
    }

    /** The first sample, {@link #FIRST_SAMPLE_AFTER} after deployment (once the server answers its metrics). */
    @Timeout
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void firstSample(Timer timer) {
        sample();
    }

    /** Every instance as its metrics say now, with its last hour. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<InstanceStatus> instances() {
        List<InstanceStatus> statuses = new ArrayList<>();
        instanceUrls().forEach((name, url) -> statuses.add(status(name, url, read(name, url))));
        return statuses;
    }

    /**
     * Samples every instance once a minute for the charts (each instance keeps its own, so every
     * instance samples); at the full hour one instance of the cluster purges old incidents.
     */
    @Schedule(minute = "*", hour = "*", persistent = false, info = "sample the instances' metrics")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sample() {
        instanceUrls().forEach((name, url) -> {
            Reading reading = read(name, url);
            if (reading.text() != null) {
                remember(name, reading);
            }
        });
        Instant now = Instant.now();
        if (now.atZone(java.time.ZoneOffset.UTC).getMinute() == 0 && runs.claim(ScheduledJob.INCIDENT_PURGE, now)) {
            int days = config.getOptionalValue("shop.system.incident-retention-days", Integer.class).orElse(30);
            try {
                int purged = incidents.purgeBefore(now.minus(days, ChronoUnit.DAYS));
                LOG.fine(() -> "Purged " + purged + " incidents older than " + days + " days");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not purge old incidents; the next hour tries again: " + e);
            }
        }
    }

    /** The configured instances, name to metrics URL, in their order. */
    Map<String, String> instanceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        List<String> listed = config.getOptionalValues("shop.system.instances", String.class).orElse(List.of());
        for (String entry : listed) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                urls.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
            }
        }
        if (urls.isEmpty()) {
            config.getOptionalValue("shop.server.internal-port", Integer.class)
                    .ifPresent(port -> urls.put(instanceName(), "http://127.0.0.1:" + port + "/metrics"));
        }
        return urls;
    }

    static String instanceName() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    private record Reading(Instant at, PrometheusText text, String problem) {
    }

    private Reading read(String name, String url) {
        Instant at = Instant.now();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return new Reading(at, null, "its metrics answered " + answer.statusCode());
            }
            return new Reading(at, PrometheusText.parse(answer.body()), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Reading(at, null, "its metrics cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading(at, null, "interrupted while reading its metrics");
        }
    }

    private static Point point(Reading reading) {
        PrometheusText m = reading.text();
        return new Point(reading.at(), requests(m), errors(m), m.value("memory_usedHeap_bytes"), inUse(m.value(POOL_IN_USE)),
                m.value("shop_http_sessions_active"));
    }

    /**
     * Payara's count of the pool's connections in use runs below zero when its monitoring began
     * while connections were out (after a redeployment: their returns are counted, their taking was
     * not); a negative count is read as none in use rather than shown as -1.
     */
    static Double inUse(Double counted) {
        return counted == null ? null : Math.max(0.0, counted);
    }

    private void remember(String name, Reading reading) {
        Deque<Point> points = history.computeIfAbsent(name, n -> new ArrayDeque<>());
        synchronized (points) {
            points.addLast(point(reading));
            while (points.size() > HOUR_OF_SAMPLES) {
                points.removeFirst();
            }
        }
    }

    private List<Point> lastHour(String name) {
        Deque<Point> points = history.get(name);
        if (points == null) {
            return List.of();
        }
        synchronized (points) {
            return List.copyOf(points);
        }
    }

    private InstanceStatus status(String name, String url, Reading reading) {
        List<Point> hour = lastHour(name);
        if (reading.text() == null) {
            return new InstanceStatus(name, url, reading.at(), reading.problem(), null, null, null, null, null, null, null,
                    null, null, null, null, hour);
        }
        PrometheusText m = reading.text();
        Point now = point(reading);
        Double requestRate = null;
        Double errorRate = null;
        Point before = rateBase(hour, now.at());
        if (before != null && now.requests() >= before.requests()) { // a restart resets the counters
            double seconds = Duration.between(before.at(), now.at()).toMillis() / 1000.0;
            requestRate = (now.requests() - before.requests()) / seconds;
            errorRate = (now.errors() - before.errors()) / seconds;
        }
        return new InstanceStatus(name, url, reading.at(), null, m.value("shop_database_up"), m.value("jvm_uptime_seconds"),
                now.heapUsedBytes(), m.value("memory_maxHeap_bytes"), now.sessions(), now.poolInUse(), m.value(POOL_WAITING),
                now.requests(), now.errors(), requestRate, errorRate, hour);
    }

    /**
     * The sample to measure "the last minute" from: the newest one at least 30 s old (so a page
     * read just after a sample still has a rate), else the oldest one at least a second old.
     */
    static Point rateBase(List<Point> hour, Instant now) {
        for (int i = hour.size() - 1; i >= 0; i--) {
            if (!hour.get(i).at().isAfter(now.minusSeconds(30))) {
                return hour.get(i);
            }
        }
        return !hour.isEmpty() && !hour.get(0).at().isAfter(now.minusSeconds(1)) ? hour.get(0) : null;
    }

    private static double requests(PrometheusText m) {
        return m.sum("shop_http_responses_total", s -> true);
    }

    private static double errors(PrometheusText m) {
        return m.sum("shop_http_responses_total", s -> "5xx".equals(s.label("class")));
    }
}
