package io.openshop.loadtest;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GET /health/live: the cheapest request the server answers (MicroProfile Health, no check, no
 * database). Not a catalog read: its throughput is the ceiling of any request through this
 * Payara Server, Gatling and loopback on this machine, against which the reads are put in scale.
 */
public class ServerFloorSimulation extends CatalogSimulation {

    @Override
    protected String label() {
        return "server floor";
    }

    @Override
    protected FeederBuilder<String> feeder() {
        return null;
    }

    @Override
    protected HttpRequestActionBuilder request(String name) {
        return http(name).get("/health/live").check(status().is(200), jsonPath("$.status").is("UP"));
    }
}
