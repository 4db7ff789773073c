package io.openshop.web.analytics;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.service.analytics.LiveFeed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes the live feed to the dashboards open on this instance, as server-sent events on
 * {@code /admin/live} ({@link LiveFeedServlet}). While at least one is connected, every
 * {@value #PERIOD_MS} ms it reads the feed's rows after the last one it pushed (one small indexed
 * query); since every instance reads the same table, a new order placed on any instance of a
 * cluster reaches every open dashboard within about half a second, whichever instance it is
 * connected to. A dashboard that connects hears what comes after; with none connected nothing is
 * read. The task ends with the application.
 */
@ApplicationScoped
public class LivePusher {

    static final long PERIOD_MS = 500;
    private static final Logger LOG = Logger.getLogger(LivePusher.class.getName());

    @Inject
    LiveFeed feed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<AsyncContext> dashboards = ConcurrentHashMap.newKeySet();
    private volatile long seen = -1;
    private volatile boolean failing;
    private ScheduledFuture<?> task;

    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        task = scheduler.scheduleWithFixedDelay(this::poll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** The application is going away (undeployed, or the server stops): its task and streams end. */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        stopNow();
        dashboards.forEach(this::close);
    }

    /** A dashboard connected: from now on it hears every new event. */
    void connect(AsyncContext dashboard) {
        if (dashboards.isEmpty()) {
            seen = feed.newest();
        }
        dashboard.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                dashboards.remove(dashboard);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                close(dashboard);
            }

            @Override
            public void onError(AsyncEvent event) {
                close(dashboard);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // nothing to do
            }
        });
        dashboards.add(dashboard);
    }

    void poll() {
        if (dashboards.isEmpty()) {
            return;
        }
        try {
            if (seen < 0) {
                seen = feed.newest();
            }
            List<LiveEvent> events = feed.after(seen);
            for (LiveEvent event : events) {
                String data = Json.createObjectBuilder().add("id", event.id()).add("kind", event.kind().name())
                        .add("text", event.text()).add("at", event.at().toString()).build().toString();
                dashboards.forEach(d -> send(d, "data: " + data + "\n\n"));
                seen = event.id();
            }
            if (failing) {
                failing = false;
                LOG.info("The dashboards' live feed is read again");
            }
        } catch (EJBException e) {
            if (String.valueOf(e.getMessage()).contains("Undeployed")) {
                // this application is gone but the server's scheduler still runs its task: end it
                stopNow();
                return;
            }
            failed(e);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void send(AsyncContext dashboard, String event) {
        try {
            PrintWriter out = dashboard.getResponse().getWriter();
            out.write(event);
            out.flush();
            if (out.checkError()) {
                close(dashboard);
            }
        } catch (IOException | IllegalStateException gone) {
            close(dashboard);
        }
    }

    private void close(AsyncContext dashboard) {
        dashboards.remove(dashboard);
        try {
            dashboard.complete();
        } catch (IllegalStateException alreadyDone) {
            // the container ended it first
        }
    }

    private synchronized void stopNow() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void failed(RuntimeException e) {
        if (!failing) {
            failing = true;
            LOG.log(Level.WARNING, "Cannot read the dashboards' live feed; trying again every " + PERIOD_MS + " ms: " + e);
        }
    }
}
