package io.openshop.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Which instance runs a scheduled job at a tick. Every instance of a cluster fires the shop's
 * (non-persistent) timers; each asks here first, and only the one whose row for (job, tick) goes
 * into scheduled_run does the work. No instance owns a job, so when one dies the others go on
 * at the next tick, with nothing to migrate (DR-7 in docs/architecture.md).
 */
@Stateless
@PermitAll
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    /**
     * Claims the job's tick that {@code now} falls in for this instance, in a transaction of its
     * own; true when this instance is the one to run it. False when another instance has it, and
     * when the database cannot be reached (the next tick tries again).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(ScheduledJob job, Instant now) {
        try {
            return em.createNativeQuery("insert into scheduled_run (job, tick, instance) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, job.key())
                    .setParameter(2, Timestamp.from(job.tick(now)))
                    .setParameter(3, SystemMonitor.instanceName())
                    .executeUpdate() == 1;
        } catch (PersistenceException e) {
            LOG.warning(() -> "Could not claim the run of " + job.key() + "; the next tick tries again: " + e);
            return false;
        }
    }
}
