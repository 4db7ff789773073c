package io.openshop.domain.checkout;

import io.openshop.domain.order.TrackingStatus;

import java.util.List;
import java.util.Optional;

/**
 * A multi-carrier service (port): live rates for a parcel and the status of a tracking number.
 * Optional for the shop: an empty answer means "no answer now" (not configured, too slow, down),
 * and the caller falls back (to the shop's own shipping table; to the status it had).
 */
public interface Carriers {

    /** The carriers' rates for the parcel, in the parcel's currency; empty when the service gave no answer in time. */
    Optional<List<CarrierRate>> rates(Parcel parcel);

    /** Where the parcel with this carrier's tracking number is; empty when the service gave no answer. */
    Optional<TrackingStatus> track(String carrier, String trackingNumber);
}
