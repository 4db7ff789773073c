package io.openshop.domain.integration;

import java.time.Instant;

/**
 * A committed change other systems may learn of: its type, the aggregate it happened to
 * ({@code order} SO-000123, {@code stock} SKU@warehouse, {@code product} SKU, {@code customer}
 * id) with that aggregate's own sequence number, the payload as JSON text, and when.
 */
public record DomainEvent(long id, EventType type, String aggregateType, String aggregateId, long sequence, String payload,
                          Instant occurredAt) {
}
