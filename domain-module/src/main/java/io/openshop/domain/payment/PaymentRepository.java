package io.openshop.domain.payment;

import io.openshop.domain.shared.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where payments and the provider events already handled are kept. */
public interface PaymentRepository {

    void add(Payment payment);

    List<Payment> ofOrder(long orderId);

    /** The payment a provider knows by this reference, locked for the change that follows. */
    Optional<Payment> byReference(String gateway, String reference);

    /**
     * Claims a provider event id by a single insert under its primary key; false when it was
     * handled before (or is being handled by a concurrent delivery, which this call waits for).
     */
    boolean claimEvent(String gateway, String eventId, String type, OffsetDateTime at);

    /** Appends a refund to the ledger the refunds report reads (the payment's own total is changed by {@link Payment#refund}). */
    void recordRefund(Payment payment, Money amount, String actor, OffsetDateTime at);

    /** What handling an event claimed in this transaction did, for the record. */
    void recordOutcome(String gateway, String eventId, String outcome);
}
