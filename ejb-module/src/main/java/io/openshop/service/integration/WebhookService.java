package io.openshop.service.integration;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.integration.DomainEvent;
import io.openshop.domain.integration.WebhookDelivery;
import io.openshop.domain.integration.WebhookSubscription;
import io.openshop.domain.integration.Webhooks;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.workflow.StepScheduler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Administrators subscribe other systems to domain events, read each subscriber's delivery log
 * and replay a delivery. The signing secret is made here, shown once in the answer to the
 * subscription and kept encrypted; every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Webhooks webhooks;

    @Inject
    StepScheduler scheduler;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** A new subscription and its secret, which is never shown again. */
    public record NewSubscription(SubscriptionView subscription, String secret) {
    }

    public NewSubscription subscribe(String url, Collection<String> eventTypes) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String actor = session.getCallerPrincipal().getName();
        WebhookSubscription subscription = new WebhookSubscription(url, WebhookSubscription.types(eventTypes), secret, actor, Instant.now());
        webhooks.add(subscription);
        audit.record(new AuditEntry(actor, AuditAction.WEBHOOK_SUBSCRIBED, "webhook:" + subscription.getId(), Map.of(),
                Map.of("url", subscription.getUrl(), "events", String.join(",", subscription.getEventTypes().stream().map(Enum::name).toList())),
                null));
        return new NewSubscription(SubscriptionView.of(subscription), secret);
    }

    public List<SubscriptionView> subscriptions() {
        return webhooks.subscriptions().stream().map(SubscriptionView::of).toList();
    }

    /** Stops deliveries to a subscriber; its log stays. */
    public SubscriptionView unsubscribe(long id) {
        WebhookSubscription subscription = webhooks.lockSubscription(id).orElseThrow(() -> new NotFoundException("webhook subscription", id));
        subscription.deactivate();
        audit.record(new AuditEntry(session.getCallerPrincipal().getName(), AuditAction.WEBHOOK_UNSUBSCRIBED, "webhook:" + id,
                Map.of("active", "true"), Map.of("active", "false"), null));
        return SubscriptionView.of(subscription);
    }

    /** A subscriber's last deliveries, newest first. */
    public List<WebhookDelivery> deliveries(long subscriptionId, int max) {
        webhooks.subscription(subscriptionId).orElseThrow(() -> new NotFoundException("webhook subscription", subscriptionId));
        return webhooks.deliveries(subscriptionId, Math.max(1, Math.min(max, 500)));
    }

    /** Delivers an event of the log again, as a new delivery (the earlier one stays as it ended). */
    public WebhookDelivery replay(long deliveryId) {
        WebhookDelivery earlier = webhooks.delivery(deliveryId).orElseThrow(() -> new NotFoundException("webhook delivery", deliveryId));
        DomainEvent event = webhooks.event(earlier.eventId()).orElseThrow(() -> new NotFoundException("domain event", earlier.eventId()));
        long id = webhooks.addDelivery(earlier.subscriptionId(), event.id(), earlier.id());
        scheduler.schedule(StepKind.DELIVER_WEBHOOK, id);
        audit.record(new AuditEntry(session.getCallerPrincipal().getName(), AuditAction.WEBHOOK_REPLAYED, "webhook-delivery:" + deliveryId,
                Map.of("status", earlier.status().name()), Map.of("delivery", Long.toString(id)), null));
        return webhooks.delivery(id).orElseThrow();
    }
}
