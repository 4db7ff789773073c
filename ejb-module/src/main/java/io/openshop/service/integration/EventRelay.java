package io.openshop.service.integration;

import io.openshop.domain.integration.DomainEvent;
import io.openshop.domain.integration.WebhookSubscription;
import io.openshop.domain.integration.Webhooks;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.platform.ScheduledJob;
import io.openshop.service.platform.ScheduledRuns;
import io.openshop.service.workflow.StepScheduler;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every five seconds, one instance of a cluster fans the committed domain events out: for each
 * event not yet relayed, a delivery to every active subscriber that wants its type, each with its
 * DELIVER_WEBHOOK step, in the transaction that marks the event relayed (so once, whatever dies
 * in between: an event committed before a crash is relayed after it). Batches of 500, oldest first.
 */
@Singleton
@Startup // made at deployment, not by its first timer: see ScheduledJob
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
    static final int BATCH = 500;

    @EJB
    ScheduledRuns runs;

    @EJB
    EventRelay self;

    @Inject
    Webhooks webhooks;

    @Inject
    StepScheduler scheduler;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "relay domain events to webhook subscribers")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyFiveSeconds() {
        ScheduledJob.EVENT_RELAY.runIfClaimed(runs, Instant.now(), LOG, () -> {
            int rounds = 0;
            while (self.relayBatch() == BATCH && ++rounds < 20) {
                // another batch: events came faster than one batch a tick
            }
        });
    }

    /** Relays one batch; how many events it took. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relayBatch() {
        List<DomainEvent> events = webhooks.unrelayed(BATCH);
        if (events.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> subscriptions = webhooks.subscriptions().stream().filter(WebhookSubscription::isActive).toList();
        for (DomainEvent event : events) {
            for (WebhookSubscription subscription : subscriptions) {
                if (subscription.wants(event.type())) {
                    scheduler.schedule(StepKind.DELIVER_WEBHOOK, webhooks.addDelivery(subscription.getId(), event.id(), null));
                }
            }
        }
        webhooks.markRelayed(events.stream().map(DomainEvent::id).toList());
        return events.size();
    }
}
