package io.openshop.domain.order;

import io.openshop.domain.shared.DomainException;

/** An order was asked to move to a status it cannot reach from where it is. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String number, OrderStatus from, OrderStatus to) {
        super("Order " + number + " is " + from + " and cannot become " + to
                + (from.isFinal() ? "" : "; it can become " + from.next().stream().map(Enum::name).sorted().toList()));
    }
}
