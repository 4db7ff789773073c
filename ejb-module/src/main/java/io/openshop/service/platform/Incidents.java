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
import java.util.ArrayList;
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

    /**
     * Keeps an incident of this instance, now: the request ("GET /api/...", or null), its request
     * id and the signed-in account where known, and what failed as the types of the exception and
     * its causes only, never their messages (they may quote stored personal data).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String id, String request, String requestId, Long accountId, Throwable failure) {
        log.record(new Incident(id, Instant.now(), SystemMonitor.instanceName(), request, requestId, accountId, summary(failure)));
    }

    /** "PersistenceException < StoredDataTamperedException": the exception's type, then the types of its causes. */
    static String summary(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t = failure; t != null && names.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        return String.join(" < ", names);
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
