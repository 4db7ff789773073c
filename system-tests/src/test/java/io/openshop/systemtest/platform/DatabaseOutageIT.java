package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.TestSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL goes away while the shop runs: readiness turns DOWN, the API answers with a
 * 503 problem rather than a stack trace, and both recover once the database is back.
 */
@ExtendWith(SharedDeployment.class)
class DatabaseOutageIT {

    @Test
    void readinessFollowsTheDatabase() throws Exception {
        assertEquals(200, HttpSupport.get("/health/ready").statusCode());
        shop("db-stop");
        try {
            HttpResponse<String> health = HttpSupport.get("/health/ready");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"DOWN\""), health.body());

            HttpResponse<String> api = HttpSupport.get("/api/products");
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Retry-After").isPresent(), "tells the client when to retry");
            assertTrue(HttpSupport.contentType(api).startsWith("application/problem+json"), HttpSupport.contentType(api));
            assertTrue(!api.body().contains("at org.") && !api.body().contains("PSQLException"), api.body());
        } finally {
            shop("db-start");
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status;
        do {
            status = HttpSupport.get("/health/ready").statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline) && sleep());
        assertEquals(200, status, "ready again once PostgreSQL is back");
        assertEquals(200, HttpSupport.get("/api/products?size=1").statusCode());
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(1000);
        return true;
    }

    /** Stops or starts the test PostgreSQL through the same script that started it. */
    private static void shop(String action) throws Exception {
        String home = System.getProperty("shop.home", "..");
        ProcessBuilder builder = new ProcessBuilder("bash", home + "/shop", "test-env", action).inheritIO();
        builder.environment().put("SHOP_VAR", System.getProperty("shop.var"));
        builder.environment().put("SHOP_PORT_BASE", System.getProperty("shop.port.base"));
        builder.environment().put("SHOP_DB_PORT", TestSettings.dbUrl().replaceAll(".*:(\\d+)/.*", "$1"));
        builder.redirectOutput(new File(System.getProperty("shop.var"), "log/test-env-" + action + ".log"));
        Process process = builder.start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "shop test-env " + action + " finished");
        assertEquals(0, process.exitValue(), "shop test-env " + action);
    }
}
