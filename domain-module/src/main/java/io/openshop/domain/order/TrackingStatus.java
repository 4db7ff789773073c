package io.openshop.domain.order;

/** Where a parcel is, as carriers report it (the statuses multi-carrier APIs such as Shippo's use). */
public enum TrackingStatus {
    PRE_TRANSIT, TRANSIT, DELIVERED, RETURNED, FAILURE, UNKNOWN;

    /** Nothing more will happen to the parcel: it is not asked about again. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED;
    }
}
