package io.openshop.domain.order;

import java.util.Arrays;
import java.util.List;

/**
 * What staff can do to an order, each named by the status it leads to; whether it is possible now
 * is the state machine's answer ({@link OrderStatus#canMoveTo}), never a page's.
 */
public enum OrderAction {
    CAPTURE(OrderStatus.PAID),
    START_FULFILMENT(OrderStatus.FULFILLING),
    SHIP(OrderStatus.SHIPPED),
    DELIVER(OrderStatus.DELIVERED),
    CANCEL(OrderStatus.CANCELLED),
    RECEIVE_RETURN(OrderStatus.RETURNED),
    /** Part or all of the captured money back: PARTIALLY_REFUNDED and REFUNDED are allowed from the same statuses. */
    REFUND(OrderStatus.REFUNDED);

    private final OrderStatus leadsTo;

    OrderAction(OrderStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public OrderStatus leadsTo() {
        return leadsTo;
    }

    /** The actions an order in this status allows, in the order above. */
    public static List<OrderAction> allowedIn(OrderStatus status) {
        return Arrays.stream(values()).filter(a -> status.canMoveTo(a.leadsTo)).toList();
    }
}
