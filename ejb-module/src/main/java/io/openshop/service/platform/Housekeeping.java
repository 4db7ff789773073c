package io.openshop.service.platform;

import io.openshop.domain.platform.RetentionStore;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night at 03:30 UTC forgets what the shop no longer needs, personal data first: abandoned
 * carts, sign-in attempts, sent emails, old idempotency keys, payment events, finished workflow
 * steps and consenting visitors' analytics events, each after its retention period ({@code shop.retention.<kind>-days}; the defaults and the
 * reasons are in docs/operations.md). Rows go in batches of 5,000, each batch its own transaction,
 * so the purge never holds long locks. A non-persistent timer: in a cluster every instance fires
 * it and the one that claims the night ({@link ScheduledRuns}) purges.
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    static final int BATCH = 5_000;

    /** What is purged, with its setting and default number of days. */
    public enum Kind {
        ABANDONED_CARTS("carts", 30, RetentionStore::deleteAbandonedCarts),
        LOGIN_ATTEMPTS("login-attempts", 30, RetentionStore::deleteLoginAttempts),
        SENT_MAILS("sent-mails", 90, RetentionStore::deleteSentMails),
        IDEMPOTENCY_KEYS("idempotency-keys", 30, RetentionStore::deleteIdempotencyKeys),
        PAYMENT_EVENTS("payment-events", 90, RetentionStore::deletePaymentEvents),
        FINISHED_WORKFLOW_STEPS("workflow-steps", 90, RetentionStore::deleteFinishedWorkflowSteps),
        SCHEDULED_RUNS("scheduled-runs", 2, RetentionStore::deleteScheduledRuns),
        VISITOR_EVENTS("visitor-events", 90, RetentionStore::deleteVisitorEvents),
        LIVE_EVENTS("live-events", 1, RetentionStore::deleteLiveEvents),
        STOCK_SYNCS("stock-syncs", 30, RetentionStore::deleteStockSyncs);

        final String setting;
        final int defaultDays;
        final Purge purge;

        Kind(String setting, int defaultDays, Purge purge) {
            this.setting = "shop.retention." + setting + "-days";
            this.defaultDays = defaultDays;
            this.purge = purge;
        }
    }

    @FunctionalInterface
    interface Purge {
        int delete(RetentionStore store, Instant before, int limit);
    }

    @Inject
    RetentionStore store;

    @Inject
    Config config;

    @Resource
    SessionContext context;

    @EJB
    ScheduledRuns runs;

    @Schedule(hour = "3", minute = "30", persistent = false, info = "purge data past its retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        Instant now = Instant.now();
        if (!runs.claim(ScheduledJob.HOUSEKEEPING, now)) {
            return;
        }
        Map<Kind, Integer> purged = purge(now);
        LOG.info(() -> "Housekeeping removed " + purged);
    }

    /** Purges everything past its retention as of this time; how many rows of each kind went. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<Kind, Integer> purge(Instant now) {
        Housekeeping self = context.getBusinessObject(Housekeeping.class);
        Map<Kind, Integer> purged = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            int days = config.getOptionalValue(kind.setting, Integer.class).orElse(kind.defaultDays);
            Instant before = now.minus(Duration.ofDays(Math.max(1, days)));
            int total = 0;
            try {
                int batch;
                do {
                    batch = self.batch(kind, before);
                    total += batch;
                } while (batch == BATCH);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Housekeeping of " + kind + " stopped after " + total + " rows; the next run goes on: " + e);
            }
            purged.put(kind, total);
        }
        return purged;
    }

    /** One batch of one kind, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int batch(Kind kind, Instant before) {
        return kind.purge.delete(store, before, BATCH);
    }
}
