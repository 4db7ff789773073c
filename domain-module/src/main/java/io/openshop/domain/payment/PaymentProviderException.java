package io.openshop.domain.payment;

import io.openshop.domain.shared.DomainException;

/**
 * The payment provider could not be reached or answered with a fault of its own; nothing was
 * recorded here. A retryable failure (timeout, 5xx) may be sent again with the same idempotency key.
 */
public class PaymentProviderException extends DomainException {

    private final boolean retryable;

    public PaymentProviderException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
