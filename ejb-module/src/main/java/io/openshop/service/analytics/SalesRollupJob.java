package io.openshop.service.analytics;

import io.openshop.domain.analytics.SalesRollups;
import io.openshop.domain.identity.Roles;
import io.openshop.service.platform.ScheduledJob;
import io.openshop.service.platform.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Every minute, recomputes the dashboard's per-day sales for the last
 * {@code shop.analytics.rollup-days} days (default 35: the dashboard's 30 days and the orders
 * whose status still changes), and for every day when nothing was ever rolled up (a new shop,
 * or rollups emptied after a bulk import). One instance of a cluster runs each minute
 * ({@link ScheduledRuns}); the work is one transaction, so readers never see half of it.
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SalesRollupJob {

    private static final Logger LOG = Logger.getLogger(SalesRollupJob.class.getName());

    @EJB
    ScheduledRuns runs;

    @EJB
    SalesRollupJob self;

    @Inject
    SalesRollups rollups;

    @Inject
    @ConfigProperty(name = "shop.analytics.rollup-days", defaultValue = "35")
    int rollupDays;

    Clock clock = Clock.systemUTC();

    @Schedule(minute = "*", hour = "*", persistent = false, info = "roll up the dashboard's sales")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        ScheduledJob.SALES_ROLLUP.runIfClaimed(runs, clock.instant(), LOG, self::rollUp);
    }

    /** An administrator brings the rollups up to date at once (after a bulk import); returns the first day recomputed. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LocalDate rollUpNow() {
        return self.rollUp();
    }

    /** Brings the rollups up to date now; returns the first day recomputed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LocalDate rollUp() {
        Instant now = clock.instant();
        LocalDate recent = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(Math.max(1, rollupDays) - 1L);
        LocalDate from = recent;
        if (rollups.neverRolledUp()) {
            from = rollups.firstOrderDay().filter(first -> first.isBefore(recent)).orElse(recent);
        }
        rollups.rollUp(from, now);
        return from;
    }
}
