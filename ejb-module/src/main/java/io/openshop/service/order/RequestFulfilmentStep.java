package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.workflow.StepHandler;
import io.openshop.service.workflow.StepScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Second step: the paid order goes to the warehouse (FULFILLING, by "system:workflow"), then its
 * confirmation email is queued. An order staff moved on already is left as it is.
 */
@ApplicationScoped
public class RequestFulfilmentStep implements StepHandler {

    private static final Logger LOG = Logger.getLogger(RequestFulfilmentStep.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    StepScheduler scheduler;

    @Override
    public StepKind kind() {
        return StepKind.REQUEST_FULFILMENT;
    }

    @Override
    public void perform(long orderId) {
        Order order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException("no order " + orderId));
        if (order.getStatus() == OrderStatus.PAID) {
            order.startFulfilment(OrderWorkflow.ACTOR, OffsetDateTime.now(ZoneOffset.UTC));
        }
        if (order.getStatus() != OrderStatus.FULFILLING) {
            LOG.info(() -> "Order " + order.getNumber() + " is " + order.getStatus() + ": no fulfilment requested");
            return;
        }
        scheduler.schedule(StepKind.QUEUE_CONFIRMATION, orderId);
    }

    @Override
    public String describe(long orderId) {
        return orders.byId(orderId).map(Order::getNumber).orElse("order #" + orderId);
    }
}
