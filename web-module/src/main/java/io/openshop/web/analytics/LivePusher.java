package io.openshop.web.analytics;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.service.analytics.LiveFeed;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes the live feed to the dashboards open on this instance (Faces websocket channel
 * {@value #CHANNEL}). Every {@value #PERIOD_MS} ms it reads the feed's rows after the last one it
 * pushed; since every instance reads the same table, a new order placed on any instance of a
 * cluster reaches every open dashboard within about half a second, whichever instance it is
 * connected to. Starts at the newest row, so a restarted instance does not replay the past.
 */
@ApplicationScoped
public class LivePusher {

    static final String CHANNEL = "dashboard";
    static final long PERIOD_MS = 500;
    private static final Logger LOG = Logger.getLogger(LivePusher.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext dashboards;

    @Inject
    LiveFeed feed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile long seen = -1;
    private volatile boolean failing;
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::poll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void poll() {
        try {
            if (seen < 0) {
                seen = feed.newest();
            }
            List<LiveEvent> events = feed.after(seen);
            for (LiveEvent event : events) {
                dashboards.send(Json.createObjectBuilder().add("id", event.id()).add("kind", event.kind().name())
                        .add("text", event.text()).add("at", event.at().toString()).build().toString());
                seen = event.id();
            }
            if (failing) {
                failing = false;
                LOG.info("The dashboards' live feed is read again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Cannot read the dashboards' live feed; trying again every " + PERIOD_MS + " ms: " + e);
            }
        }
    }
}
