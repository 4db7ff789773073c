package io.openshop.domain.integration;

import java.io.Serializable;
import java.time.Instant;

/** One event delivered (or being delivered) to one subscriber, as the delivery log shows it. */
public record WebhookDelivery(long id, long subscriptionId, long eventId, EventType type, Status status, int attempts,
                              Integer lastStatusCode, Integer lastLatencyMs, String lastError, Instant createdAt,
                              Instant lastAttemptAt, Instant deliveredAt) implements Serializable {

    public enum Status {
        /** Not yet answered with 2xx: tried again with growing waits, parked after the last attempt. */
        PENDING,
        DELIVERED,
        /** The subscriber answered 4xx: its answer stands, nothing is retried (an administrator may replay). */
        FAILED
    }
}
