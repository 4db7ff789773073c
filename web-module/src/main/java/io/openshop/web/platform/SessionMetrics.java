package io.openshop.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP sessions this instance holds, {@code shop_http_sessions_active}: created here and not
 * yet ended (signed out, expired or invalidated). Shoppers get a session with their first cart
 * or sign-in, not for browsing, so this follows active shoppers and staff rather than visits.
 */
@WebListener
public class SessionMetrics implements HttpSessionListener, ServletContextListener {

    static final Metadata ACTIVE = Metadata.builder().withName("shop.http.sessions.active")
            .withDescription("HTTP sessions created by this instance and not ended yet").build();

    private final AtomicLong active = new AtomicLong();

    @Inject
    MetricRegistry registry;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        registry.gauge(ACTIVE, active, AtomicLong::get);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        active.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        active.updateAndGet(n -> Math.max(0, n - 1));
    }
}
