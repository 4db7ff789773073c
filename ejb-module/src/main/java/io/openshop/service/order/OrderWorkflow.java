package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.Shipment;
import io.openshop.domain.workflow.StepKind;
import io.openshop.domain.workflow.StepRepository;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.domain.workflow.WorkflowStep;
import io.openshop.service.mail.MailOutbox;
import io.openshop.service.workflow.StepScheduler;
import io.openshop.service.workflow.WorkflowSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Where the order workflow starts and meets the manual paths, always in the caller's
 * transaction: an order that became PAID schedules its first step (COMMIT_STOCK → REQUEST_FULFILMENT
 * → QUEUE_CONFIRMATION, see the step classes in this package); shipping takes the stock out
 * itself only if the workflow has not, and queues the shipped email.
 */
@ApplicationScoped
public class OrderWorkflow {

    static final String ACTOR = "system:workflow";

    @Inject
    StepScheduler scheduler;

    @Inject
    StepRepository steps;

    @Inject
    WorkflowSettings settings;

    @Inject
    MailOutbox mail;

    /** The order was paid in this transaction: its workflow starts once the transaction commits. */
    public void paid(Order order) {
        scheduler.schedule(StepKind.COMMIT_STOCK, order.getId());
    }

    /**
     * Claims the commit of the order's stock for the caller (who then takes it out): true if the
     * workflow had not done it, and from now on it will not. The step's row is locked, so a
     * concurrent run of the step waits and then finds it done.
     */
    public boolean claimStockCommit(Order order) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        steps.schedule(StepKind.COMMIT_STOCK, order.getId(), now.plus(settings.recheckAfter()));
        WorkflowStep step = steps.lock(StepKind.COMMIT_STOCK, order.getId())
                .orElseThrow(() -> new IllegalStateException("the stock step of order " + order.getNumber() + " vanished"));
        if (step.getStatus() == StepStatus.DONE) {
            return false;
        }
        step.doneElsewhere(now);
        return true;
    }

    /** The order left the warehouse in this transaction: the customer is told once. */
    public void shipped(Order order) {
        mail.enqueue(OrderEmails.shipped(order));
    }

    /** A parcel of the order left in this transaction: the customer is told once, with its tracking number. */
    public void parcelShipped(Order order, Shipment parcel, int parcelNumber) {
        mail.enqueue(OrderEmails.parcelShipped(order, parcel, parcelNumber));
    }
}
