package io.openshop.service.platform.infrastructure;

import io.openshop.domain.platform.RetentionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/** Deletes in batches by physical row address, in the caller's transaction. */
@ApplicationScoped
public class JdbcRetentionStore implements RetentionStore {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public int deleteAbandonedCarts(Instant before, int limit) {
        return delete("cart", "checked_out_at is null and updated_at < ?1", before, limit); // lines go with them (on delete cascade)
    }

    @Override
    public int deleteLoginAttempts(Instant before, int limit) {
        return delete("login_attempt", "at < ?1", before, limit);
    }

    @Override
    public int deleteSentMails(Instant before, int limit) {
        return delete("mail_outbox", "sent_at is not null and sent_at < ?1", before, limit);
    }

    @Override
    public int deleteIdempotencyKeys(Instant before, int limit) {
        return delete("idempotency_key", "created_at < ?1", before, limit);
    }

    @Override
    public int deletePaymentEvents(Instant before, int limit) {
        return delete("payment_event", "received_at < ?1", before, limit);
    }

    @Override
    public int deleteFinishedWorkflowSteps(Instant before, int limit) {
        return delete("workflow_step", "status = 'DONE' and done_at < ?1", before, limit);
    }

    @Override
    public int deleteScheduledRuns(Instant before, int limit) {
        return delete("scheduled_run", "tick < ?1", before, limit);
    }

    @Override
    public int deleteVisitorEvents(Instant before, int limit) {
        return delete("visitor_event", "at < ?1", before, limit);
    }

    @Override
    public int deleteLiveEvents(Instant before, int limit) {
        return delete("live_event", "at < ?1", before, limit);
    }

    @Override
    public int deleteStockSyncs(Instant before, int limit) {
        return delete("stock_sync", "created_at < ?1", before, limit); // their lines go with them (on delete cascade)
    }

    private int delete(String table, String condition, Instant before, int limit) {
        return em.createNativeQuery("delete from " + table + " where ctid in (select ctid from " + table + " where " + condition
                        + " limit ?2)")
                .setParameter(1, Timestamp.from(before))
                .setParameter(2, limit)
                .executeUpdate();
    }
}
