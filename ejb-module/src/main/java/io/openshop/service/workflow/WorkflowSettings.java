package io.openshop.service.workflow;

import io.openshop.domain.workflow.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;

/**
 * Retry settings, read per use through MicroProfile Config: {@code shop.workflow.retry.max-attempts}
 * (5), {@code shop.workflow.retry.first-delay-seconds} (30, doubled after each failure) and
 * {@code shop.workflow.retry.max-delay-seconds} (3600); {@code shop.workflow.recheck-seconds} (120)
 * is when the retry timer sends a pending step's message again if it has not run by then.
 */
@ApplicationScoped
public class WorkflowSettings {

    @Inject
    Config config;

    public RetryPolicy retryPolicy() {
        long first = seconds("shop.workflow.retry.first-delay-seconds", 30);
        return new RetryPolicy(config.getOptionalValue("shop.workflow.retry.max-attempts", Integer.class).orElse(5),
                Duration.ofSeconds(first), Duration.ofSeconds(Math.max(first, seconds("shop.workflow.retry.max-delay-seconds", 3600))));
    }

    public Duration recheckAfter() {
        return Duration.ofSeconds(seconds("shop.workflow.recheck-seconds", 120));
    }

    private long seconds(String name, long fallback) {
        return Math.max(1, config.getOptionalValue(name, Long.class).orElse(fallback));
    }
}
