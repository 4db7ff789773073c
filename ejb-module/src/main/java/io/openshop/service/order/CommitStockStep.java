package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.inventory.InventoryService;
import io.openshop.service.workflow.StepHandler;
import io.openshop.service.workflow.StepScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * First step of a paid order: its reserved stock leaves on hand (on hand and reserved both drop
 * by the order's allocations), then fulfilment is requested. An order that was refunded before
 * the step ran keeps its stock where it is and goes no further.
 */
@ApplicationScoped
public class CommitStockStep implements StepHandler {

    private static final Logger LOG = Logger.getLogger(CommitStockStep.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    InventoryService inventory;

    @Inject
    StepScheduler scheduler;

    @Override
    public StepKind kind() {
        return StepKind.COMMIT_STOCK;
    }

    @Override
    public void perform(long orderId) {
        Order order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException("no order " + orderId));
        if (order.getStatus() != OrderStatus.PAID && order.getStatus() != OrderStatus.FULFILLING) {
            LOG.info(() -> "Order " + order.getNumber() + " is " + order.getStatus() + ": its stock is not committed by the workflow");
            return;
        }
        inventory.commit(order.getAllocations(), order.getNumber());
        scheduler.schedule(StepKind.REQUEST_FULFILMENT, orderId);
    }

    @Override
    public String describe(long orderId) {
        return orders.byId(orderId).map(Order::getNumber).orElse("order #" + orderId);
    }
}
