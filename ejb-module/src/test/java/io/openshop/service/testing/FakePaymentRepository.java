package io.openshop.service.testing;

import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.shared.Money;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Payments in a list, and the provider events claimed so far with their recorded outcomes. */
public final class FakePaymentRepository implements PaymentRepository {

    public final List<Payment> payments = new ArrayList<>();
    /** gateway/event id → outcome (null until recorded) */
    public final Map<String, String> events = new LinkedHashMap<>();
    /** Each refund recorded, as "order amount actor". */
    public final List<String> refunds = new ArrayList<>();
    private long ids;

    @Override
    public void add(Payment payment) {
        payments.add(Ids.assign(payment, ++ids));
    }

    @Override
    public List<Payment> ofOrder(long orderId) {
        return payments.stream().filter(p -> p.getOrderId() == orderId).toList();
    }

    @Override
    public Optional<Payment> byReference(String gateway, String reference) {
        return payments.stream().filter(p -> p.getGateway().equals(gateway) && Objects.equals(p.getReference(), reference)).findFirst();
    }

    @Override
    public boolean claimEvent(String gateway, String eventId, String type, OffsetDateTime at) {
        if (events.containsKey(gateway + "/" + eventId)) {
            return false;
        }
        events.put(gateway + "/" + eventId, null);
        return true;
    }

    @Override
    public void recordRefund(Payment payment, Money amount, String actor, OffsetDateTime at) {
        refunds.add(payment.getOrderId() + " " + amount + " " + actor);
    }

    @Override
    public void recordOutcome(String gateway, String eventId, String outcome) {
        events.put(gateway + "/" + eventId, outcome);
    }
}
