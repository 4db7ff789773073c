package io.openshop.service.order;

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
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, cancels orders left unpaid longer than shop.checkout.reservation-minutes
 * (default 30) and so gives their reserved stock back. Each order is its own transaction, so one
 * failure does not hold the others; a non-persistent timer, since a missed run is made up by the next.
 * In a cluster every instance fires it and the one that claims the minute ({@link ScheduledRuns})
 * runs it; should two ever look at the same order, its version and status make the second
 * attempt a no-op.
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
    private static final int BATCH = 200;

    @EJB
    OrderService orderService;

    @EJB
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "shop.checkout.reservation-minutes", defaultValue = "30")
    int reservationMinutes;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "release unpaid reservations")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void releaseExpired() {
        if (runs.claim(ScheduledJob.RESERVATION_EXPIRY, Instant.now())) {
            releaseOlderThan(reservationMinutes);
        }
    }

    /** Cancels unpaid orders older than this many minutes; returns how many were cancelled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int releaseOlderThan(int minutes) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes);
        List<String> due;
        try {
            due = orderService.pendingPlacedBefore(cutoff, BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for unpaid orders; the next run tries again: " + e);
            return 0;
        }
        int released = 0;
        for (String number : due) {
            try {
                released += orderService.expireIfUnpaid(number, cutoff) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not release the reservation of order " + number + "; the next run tries again", e);
            }
        }
        if (released > 0) {
            LOG.info(() -> "Released the stock of unpaid orders placed before " + cutoff);
        }
        return released;
    }
}
