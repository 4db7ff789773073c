package io.openshop.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The shop is ready only while PostgreSQL answers: a load balancer stops sending shoppers otherwise. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    static final Metadata DATABASE_UP = Metadata.builder().withName("shop.database.up")
            .withDescription("1 while this instance reaches PostgreSQL (the readiness check), else 0").build();

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "jdbc/shop")
    private DataSource dataSource;

    /** The readiness check as a gauge, for the alert on readiness (it runs the check at each scrape). */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(DATABASE_UP, this, check -> check.call().getStatus() == HealthCheckResponse.Status.UP ? 1 : 0);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return response.status(valid).withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | RuntimeException e) {
            // Only the kind of fault is reported: the endpoint is public and the message may name hosts.
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
