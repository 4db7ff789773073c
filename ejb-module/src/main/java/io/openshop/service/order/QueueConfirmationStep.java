package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.mail.MailOutbox;
import io.openshop.service.workflow.StepHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Last step: the order's confirmation email goes into the outbox (its dedupe key names the order). */
@ApplicationScoped
public class QueueConfirmationStep implements StepHandler {

    @Inject
    OrderRepository orders;

    @Inject
    MailOutbox mail;

    @Override
    public StepKind kind() {
        return StepKind.QUEUE_CONFIRMATION;
    }

    @Override
    public void perform(long orderId) {
        Order order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException("no order " + orderId));
        mail.enqueue(OrderEmails.confirmation(order));
    }

    @Override
    public String describe(long orderId) {
        return orders.byId(orderId).map(Order::getNumber).orElse("order #" + orderId);
    }
}
