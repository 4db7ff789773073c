package io.openshop.domain.payment;

import io.openshop.domain.shared.DomainException;

/** A refund that the payment cannot give: nothing captured yet, or more than what is left of the capture. */
public class RefundNotAllowedException extends DomainException {

    public RefundNotAllowedException(String reason) {
        super("The refund is not possible: " + reason);
    }
}
