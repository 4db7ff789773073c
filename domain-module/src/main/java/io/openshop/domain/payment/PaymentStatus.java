package io.openshop.domain.payment;

/** Where a payment stands at the gateway. */
public enum PaymentStatus {
    AUTHORIZED, CAPTURED, VOIDED, PARTIALLY_REFUNDED, REFUNDED
}
