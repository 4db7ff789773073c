package io.openshop.domain.inventory;

/** Why staff changed what a warehouse holds, and how the quantity they enter is read. */
public enum AdjustmentReason {
    /** A delivery arrived: the quantity is added to what is on hand. */
    RECEIVED,
    /** Units were found damaged or lost: the quantity is taken off what is on hand. */
    DAMAGED,
    /** A stock count: the quantity is what is on hand now. */
    COUNTED
}
