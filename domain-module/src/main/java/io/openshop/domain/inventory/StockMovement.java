package io.openshop.domain.inventory;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One change to a stock level, as the movement history shows it.
 *
 * @param quantity      units reserved, released, shipped or returned; for an adjustment the
 *                      signed change of what is on hand (0 when a count confirmed the level)
 * @param onHandAfter   what the warehouse held right after the change
 * @param reservedAfter what was reserved right after the change
 * @param reason        why staff adjusted the level; null for the other kinds
 * @param reference     the order it was for, if any
 * @param actor         the staff member, or "shop" for checkout, the workflow and timers
 */
public record StockMovement(long id, String sku, String warehouse, MovementKind kind, int quantity, int onHandAfter,
                            int reservedAfter, AdjustmentReason reason, String reference, String actor, String note,
                            OffsetDateTime at) implements Serializable {
}
