package io.openshop.service.platform;

import io.openshop.domain.identity.Roles;
import io.openshop.domain.platform.Incident;
import io.openshop.domain.platform.IncidentLog;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The incidents the instances answered callers with, kept for the back office's system page. An
 * incident is recorded in a transaction of its own, so that the failed request's rollback does
 * not take it along.
 */
@Stateless
public class Incidents {

    /** How many the system page shows. */
    public static final int SHOWN = 20;

    @Inject
    IncidentLog log;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Incident incident) {
        log.record(incident);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Incident> latest() {
        return log.latest(SHOWN);
    }

    /** Forgets the incidents older than this; how many (the system monitor's hourly housekeeping). */
    @PermitAll
    public int purgeBefore(Instant cutoff) {
        return log.purgeBefore(cutoff);
    }
}
