package io.openshop.domain.platform;

import java.time.Instant;

/**
 * Where the shop forgets what it no longer needs, in batches of at most {@code limit} rows; each
 * method answers how many rows it removed (fewer than the limit: nothing older is left).
 * What is kept how long, and why, is docs/operations.md's "Routine maintenance".
 */
public interface RetentionStore {

    /** Carts never checked out and untouched since before this time, with their lines. */
    int deleteAbandonedCarts(Instant before, int limit);

    /** Sign-in attempts (email and remote address) made before this time. */
    int deleteLoginAttempts(Instant before, int limit);

    /** Emails sent before this time (recipient, subject and body). */
    int deleteSentMails(Instant before, int limit);

    /** Checkout idempotency keys made before this time (a client retries within minutes, not weeks). */
    int deleteIdempotencyKeys(Instant before, int limit);

    /** Payment provider events received before this time (providers stop retrying after days). */
    int deletePaymentEvents(Instant before, int limit);

    /** Workflow steps done before this time (parked and pending ones are never removed). */
    int deleteFinishedWorkflowSteps(Instant before, int limit);

    /** The record of which instance ran a scheduled job at a tick, for ticks before this time. */
    int deleteScheduledRuns(Instant before, int limit);

    /** What consenting visitors did, recorded before this time (the per-day funnel stays). */
    int deleteVisitorEvents(Instant before, int limit);

    /** What the dashboards' live feed told before this time. */
    int deleteLiveEvents(Instant before, int limit);

    /** Stock synchronisations (their keys and per-line results) received before this time: a system retries within hours. */
    int deleteStockSyncs(Instant before, int limit);
}
