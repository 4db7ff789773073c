package io.openshop.domain.payment;

import java.util.List;

/** Where payments are kept. */
public interface PaymentRepository {

    void add(Payment payment);

    List<Payment> ofOrder(long orderId);
}
