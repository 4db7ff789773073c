package io.openshop.service.feed;

import io.openshop.service.platform.ScheduledJob;
import io.openshop.service.platform.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Clock;
import java.util.logging.Logger;

/** Every minute, one instance of a cluster checks whether the feeds are due for regeneration ({@link FeedService#refreshIfDue}). */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class FeedJob {

    private static final Logger LOG = Logger.getLogger(FeedJob.class.getName());

    @EJB
    ScheduledRuns runs;

    @EJB
    FeedService feeds;

    Clock clock = Clock.systemUTC();

    @Schedule(minute = "*", hour = "*", persistent = false, info = "regenerate the sitemap and product feed when due")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        ScheduledJob.FEED_REFRESH.runIfClaimed(runs, clock.instant(), LOG, feeds::refreshIfDue);
    }
}
