package io.openshop.domain.checkout;

import io.openshop.domain.shared.DomainException;

/** An idempotency key came again with a different request: a client bug, never a retry. */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new request");
    }
}
