package io.openshop.service.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shop's scheduled jobs, each with the period of its timer. A tick is the start of the period
 * a timer fired in: the instances of a cluster fire the same timer within milliseconds of each
 * other and so name the same tick, which {@link ScheduledRuns} lets only one of them claim.
 * <p>
 * Every singleton that owns one of these timers is {@code @Startup}: made at deployment, never by
 * its first timer. A singleton made while the application is being undeployed (a timer firing at
 * that moment) breaks Payara's undeployment with a ConcurrentModificationException in
 * {@code SingletonLifeCycleManager.doShutdown}, leaving a half-stopped application that no later
 * deployment replaces (seen in a CI run: every test class after it failed to deploy).
 */
public enum ScheduledJob {

    /** ReservationExpiry: unpaid orders give their stock back (every minute). */
    RESERVATION_EXPIRY("reservation-expiry", Duration.ofMinutes(1)),
    /** StepRetryTimer: workflow steps due again are sent again (every five seconds). */
    WORKFLOW_RETRY("workflow-retry", Duration.ofSeconds(5)),
    /** Housekeeping: data past its retention goes (every night). */
    HOUSEKEEPING("housekeeping", Duration.ofDays(1)),
    /** SystemMonitor: incidents past their retention go (every hour). */
    INCIDENT_PURGE("incident-purge", Duration.ofHours(1)),
    /** SalesRollupJob: the dashboard's per-day sales are brought up to date (every minute). */
    SALES_ROLLUP("sales-rollup", Duration.ofMinutes(1)),
    /** FeedJob: the sitemap and product feed are regenerated when the catalog changed (checked every minute). */
    FEED_REFRESH("feed-refresh", Duration.ofMinutes(1)),
    /** EventRelay: committed domain events are fanned out to webhook subscribers (every five seconds). */
    EVENT_RELAY("event-relay", Duration.ofSeconds(5)),
    /** ParcelTracking: carriers are asked where the shipped parcels are (every ten minutes). */
    PARCEL_TRACKING("parcel-tracking", Duration.ofMinutes(10));

    private final String key;
    private final Duration period;

    ScheduledJob(String key, Duration period) {
        this.key = key;
        this.period = period;
    }

    /** The job's name in scheduled_run. */
    public String key() {
        return key;
    }

    /**
     * Runs the work if this instance claims the tick {@code now} falls in (see {@link ScheduledRuns});
     * a failure is logged as a warning and left to the next tick.
     */
    public void runIfClaimed(ScheduledRuns runs, Instant now, Logger log, Runnable work) {
        if (runs.claim(this, now)) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "Could not run the scheduled job " + key + "; its next tick tries again", e);
            }
        }
    }

    /** The start of the period this instant falls in (periods count from the epoch, UTC). */
    public Instant tick(Instant at) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }
}
