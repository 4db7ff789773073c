package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.service.inventory.InventoryService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;

/**
 * Cancelling an order, written once for every way an order ends unpaid (the customer or staff
 * cancel it, its reservation expires, the provider reports the payment failed): the order becomes
 * CANCELLED where its state machine allows it, the stock reserved for it goes back, and every
 * authorisation still open on it is voided, so no money stays held for goods nobody will get.
 * Runs in the caller's transaction.
 */
@Dependent
public class OrderCancellation {

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentGateway gateway;

    @Inject
    InventoryService inventory;

    public OrderCancellation() {
        // for CDI
    }

    /** For tests: the same rule against other repositories, gateway and stock. */
    public OrderCancellation(PaymentRepository payments, PaymentGateway gateway, InventoryService inventory) {
        this.payments = payments;
        this.gateway = gateway;
        this.inventory = inventory;
    }

    /** Cancels the order and voids its open authorisations at the gateway. */
    public void cancel(Order order, String actor, OffsetDateTime at) {
        cancel(order, null, actor, at);
    }

    /**
     * The provider reported that {@code failed} did not go through: the order is cancelled as
     * above, and that payment is marked void without asking the provider to void it again.
     */
    public void cancelAfterFailedPayment(Order order, Payment failed, String actor, OffsetDateTime at) {
        cancel(order, failed, actor, at);
    }

    private void cancel(Order order, Payment voidAtProvider, String actor, OffsetDateTime at) {
        inventory.release(order.cancel(actor, at), order.getNumber());
        for (Payment p : payments.ofOrder(order.getId())) {
            if (p.getStatus() != PaymentStatus.AUTHORIZED) {
                continue;
            }
            if (!isSame(p, voidAtProvider)) {
                gateway.voidAuthorization(p.getReference(), "void-" + order.getNumber() + "-" + p.getId());
            }
            p.voided();
        }
    }

    private static boolean isSame(Payment p, Payment other) {
        return other != null && (p == other || (p.getId() != null && p.getId().equals(other.getId())));
    }
}
