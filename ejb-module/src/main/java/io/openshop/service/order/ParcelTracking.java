package io.openshop.service.order;

import io.openshop.domain.checkout.Carriers;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.order.OrderRepository.ParcelToTrack;
import io.openshop.domain.order.TrackingStatus;
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

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes, asks the carrier service where the parcels on their way are (those whose
 * carrier is known: shipped by a carrier's live rate; up to 200 a run, least recently asked
 * first, each at most once an hour) and keeps its answer on the parcel; an order whose parcels have
 * all been delivered becomes DELIVERED. The carrier call is made outside any transaction, so a
 * slow carrier holds no lock; no answer leaves the parcel to the next run. Staff can ask for one
 * order at once ({@link #trackOrder}). In a cluster one instance claims each run ({@link ScheduledRuns}).
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ParcelTracking {

    private static final Logger LOG = Logger.getLogger(ParcelTracking.class.getName());
    private static final int BATCH = 200;

    @EJB
    OrderService orders;

    @EJB
    ScheduledRuns runs;

    @Inject
    Carriers carriers;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "pull parcels' tracking status from the carrier service")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void poll() {
        if (runs.claim(ScheduledJob.PARCEL_TRACKING, Instant.now())) {
            List<ParcelToTrack> due;
            try {
                due = orders.parcelsToTrack(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), BATCH);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not look for parcels to track; the next run tries again: " + e);
                return;
            }
            track(due);
        }
    }

    /** Asks the carrier about the order's parcels now; returns how many it gave a status for. */
    @RolesAllowed({Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int trackOrder(String number) {
        return track(orders.parcelsToTrack(number));
    }

    private int track(List<ParcelToTrack> parcels) {
        int answered = 0;
        for (ParcelToTrack parcel : parcels) {
            Optional<TrackingStatus> status = carriers.track(parcel.carrier(), parcel.tracking());
            if (status.isEmpty()) {
                continue;
            }
            answered++;
            try {
                if (orders.recordTracking(parcel.orderNumber(), parcel.tracking(), status.get())) {
                    LOG.info(() -> "Order " + parcel.orderNumber() + " was delivered, its carrier says");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not keep the tracking status of parcel " + parcel.tracking() + " of order "
                        + parcel.orderNumber() + "; the next run asks again", e);
            }
        }
        return answered;
    }
}
