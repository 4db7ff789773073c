package io.openshop.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * One catalog read, run in one of two ways, chosen by system properties:
 * <ul>
 *   <li>{@code mode=closed}: {@code users} virtual users, each sending its next request as soon as
 *       the previous answer arrived (the maximum throughput at that concurrency);</li>
 *   <li>{@code mode=open}: new requests arrive at a fixed {@code rate} per second, whatever the
 *       answers take (latency percentiles at a given load).</li>
 * </ul>
 * Both run {@code warmup} seconds, then {@code duration} seconds that are measured. Requests sent
 * during the warm-up are named {@value #WARM_UP} so that the statistics of the read itself (named
 * {@link #label()}) cover only the measured window. Other properties: {@code baseUrl} (default
 * http://localhost:8080) and {@code feeders} (the folder with the CSV files the bench command
 * exports from the database).
 * <p>
 * A run asserts that no request failed its checks (status and body), warm-up included.
 */
public abstract class CatalogSimulation extends Simulation {

    static final String WARM_UP = "warm-up";

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    static final String MODE = System.getProperty("mode", "closed").toLowerCase(Locale.ROOT);
    static final int USERS = Integer.getInteger("users", 8);
    static final double RATE = Double.parseDouble(System.getProperty("rate", "10"));
    static final int WARMUP_SECONDS = Integer.getInteger("warmup", 10);
    static final int DURATION_SECONDS = Integer.getInteger("duration", 30);
    static final Path FEEDERS = Path.of(System.getProperty("feeders", "target/feeders"));

    private static volatile long measuredFrom = Long.MAX_VALUE;

    /** The name of the measured request, as it appears in Gatling's statistics. */
    protected abstract String label();

    /** The CSV feeder the read takes its parameters from; null for a request without parameters. */
    protected abstract FeederBuilder<String> feeder();

    /** The request, with its checks (status 200 and something in the body). */
    protected abstract HttpRequestActionBuilder request(String name);

    /**
     * What one iteration sends: by default the one request. A use case of several requests
     * (checkout: a cart, a line, the order) overrides this and names only the request it measures
     * {@code name}; its other requests get names of their own.
     */
    protected ChainBuilder steps(String name) {
        return exec(request(name));
    }

    protected static FeederBuilder<String> feederFile(String name) {
        Path file = FEEDERS.resolve(name).toAbsolutePath();
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("No feeder file " + file + ": the bench command exports it from the database");
        }
        return csv(file.toString()).random();
    }

    protected CatalogSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptHeader("application/json, text/html;q=0.9")
                .acceptEncodingHeader("identity")
                .userAgentHeader("OpenShop catalog benchmark (Gatling)")
                // every read asks for the whole answer: no If-None-Match from the users' own caches (a 304 is no read)
                .disableCaching()
                .shareConnections();
        // The request's name depends on when it is sent: warm-up first, then the measured read.
        FeederBuilder<String> feeder = feeder();
        ChainBuilder one = (feeder == null ? exec(session -> session) : feed(feeder))
                .exec(session -> session.set("phase", System.currentTimeMillis() < measuredFrom ? WARM_UP : label()))
                .exec(steps("#{phase}"));
        Duration total = Duration.ofSeconds(WARMUP_SECONDS + DURATION_SECONDS);
        PopulationBuilder population;
        if ("open".equals(MODE)) {
            ScenarioBuilder scenario = scenario(label() + " (open, " + RATE + "/s)").exec(one);
            population = scenario.injectOpen(constantUsersPerSec(RATE).during(total));
        } else if ("closed".equals(MODE)) {
            ScenarioBuilder scenario = scenario(label() + " (closed, " + USERS + " users)")
                    .during(total).on(exec(one));
            population = scenario.injectClosed(constantConcurrentUsers(USERS).during(total));
        } else {
            throw new IllegalArgumentException("mode must be closed or open, not " + MODE);
        }
        // Every request of the run, warm-up included, must pass its checks: a failed check makes
        // Gatling end with status 2 after writing its report, and the bench command then reports
        // the phase's errors and ends with a failure once every table is written.
        setUp(population).protocols(protocol).assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        measuredFrom = System.currentTimeMillis() + WARMUP_SECONDS * 1000L;
    }
}
