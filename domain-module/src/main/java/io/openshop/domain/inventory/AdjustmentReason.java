package io.openshop.domain.inventory;

/** Why staff changed what a warehouse holds, and how the quantity they enter is read. */
public enum AdjustmentReason {
    /** A delivery arrived: the quantity is added to what is on hand. */
    RECEIVED,
    /** Units were found damaged or lost: the quantity is taken off what is on hand. */
    DAMAGED,
    /** A stock count: the quantity is what is on hand now. */
    COUNTED,
    /** Another system (an ERP, a warehouse) set what is on hand through the stock synchronisation: the quantity is what is on hand now. */
    SYNCED,
    /** A bulk product import set the level (the import's id is the movement's reference). */
    IMPORTED;

    /** The reasons staff choose from in the back office (a synchronisation is not one of them). */
    public static final java.util.List<AdjustmentReason> STAFF = java.util.List.of(RECEIVED, DAMAGED, COUNTED);
}
