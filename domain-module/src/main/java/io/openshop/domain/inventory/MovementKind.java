package io.openshop.domain.inventory;

/** What changed a stock level. */
public enum MovementKind {
    /** Units promised to an order at checkout (reserved rises). */
    RESERVED,
    /** Reserved units given back (an order cancelled or left unpaid). */
    RELEASED,
    /** Reserved units left the warehouse with the order (on hand and reserved both drop). */
    COMMITTED,
    /** Returned units put back on hand. */
    RETURNED,
    /** Staff changed what is on hand, for a {@link AdjustmentReason}. */
    ADJUSTED
}
