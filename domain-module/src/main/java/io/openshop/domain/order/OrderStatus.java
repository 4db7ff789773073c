package io.openshop.domain.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an order is in its life, and where it may go from each status:
 *
 * <pre>
 * PENDING_PAYMENT    → PAID, CANCELLED
 * PAID               → FULFILLING, PARTIALLY_REFUNDED, REFUNDED
 * FULFILLING         → SHIPPED, PARTIALLY_REFUNDED, REFUNDED
 * SHIPPED            → DELIVERED
 * DELIVERED          → RETURN_REQUESTED, PARTIALLY_REFUNDED, REFUNDED
 * RETURN_REQUESTED   → RETURNED, DELIVERED (the return was withdrawn or refused)
 * RETURNED           → PARTIALLY_REFUNDED, REFUNDED
 * PARTIALLY_REFUNDED → PARTIALLY_REFUNDED, REFUNDED
 * CANCELLED, REFUNDED: final
 * </pre>
 *
 * A paid order is not cancelled but refunded, so that money always has a way back.
 */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, FULFILLING, SHIPPED, DELIVERED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED,
    RETURN_REQUESTED, RETURNED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            PENDING_PAYMENT, EnumSet.of(PAID, CANCELLED),
            PAID, EnumSet.of(FULFILLING, PARTIALLY_REFUNDED, REFUNDED),
            FULFILLING, EnumSet.of(SHIPPED, PARTIALLY_REFUNDED, REFUNDED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.of(RETURN_REQUESTED, PARTIALLY_REFUNDED, REFUNDED),
            RETURN_REQUESTED, EnumSet.of(RETURNED, DELIVERED),
            RETURNED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
            PARTIALLY_REFUNDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            REFUNDED, EnumSet.noneOf(OrderStatus.class));

    public boolean canMoveTo(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<OrderStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** Whether the order still holds reserved (not yet shipped) stock in this status. */
    public boolean holdsReservedStock() {
        return this == PENDING_PAYMENT || this == PAID || this == FULFILLING;
    }
}
