package io.openshop.service.order;

import io.openshop.domain.order.TrackingStatus;
import io.openshop.domain.order.OrderAction;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.shared.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An order as staff see it at the order desk: the order itself, its payment (never more of the
 * card than its last four digits), and the actions that both its state machine allows now and
 * the caller's role may perform.
 *
 * @param payment    null when the order has no payment
 * @param warehouses the codes of the warehouses a returned unit can go back to
 */
public record OrderDeskView(OrderView order, PaymentSummary payment, List<OrderAction> actions, List<String> warehouses,
                            List<Parcel> parcels, List<Note> notes, Map<String, Integer> unshipped) {

    public OrderDeskView {
        actions = List.copyOf(actions);
        warehouses = List.copyOf(warehouses);
        parcels = List.copyOf(parcels);
        notes = List.copyOf(notes);
        unshipped = Map.copyOf(unshipped);
    }

    /** A parcel that left: its tracking number, what it carried (SKU → units), who sent it and when. */
    public record Parcel(String tracking, Map<String, Integer> units, String actor, OffsetDateTime shippedAt, String carrier,
                         TrackingStatus trackingStatus) {
    }

    /** A note staff keep on the order. */
    public record Note(String text, String actor, OffsetDateTime at) {
    }

    public boolean allows(String action) {
        return actions.contains(OrderAction.valueOf(action));
    }

    /** What staff need to know of a payment: where it stands and what is left to refund. */
    public record PaymentSummary(String gateway, PaymentStatus status, String last4, Money amount, Money captured,
                                 Money refunded, Money refundable) {
    }
}
