package io.openshop.domain.payment;

import io.openshop.domain.shared.DomainException;

/** The gateway refused the payment; nothing was charged. */
public class PaymentDeclinedException extends DomainException {

    public PaymentDeclinedException(String reason) {
        super("The payment was declined: " + reason);
    }
}
