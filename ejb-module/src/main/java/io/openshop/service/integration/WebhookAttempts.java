package io.openshop.service.integration;

import io.openshop.domain.integration.WebhookDelivery;
import io.openshop.domain.integration.WebhookSubscription;
import io.openshop.domain.integration.Webhooks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Records each delivery attempt and its subscriber's circuit in a transaction of its own: the
 * record stays when the attempt then fails and the step's own transaction rolls back.
 */
@Stateless
@PermitAll
public class WebhookAttempts {

    @Inject
    Webhooks webhooks;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long deliveryId, long subscriptionId, WebhookDelivery.Status status, Integer statusCode, Integer latencyMs,
                       String error, WebhookSubscription.Outcome outcome) {
        webhooks.attempted(deliveryId, status, statusCode, latencyMs, error);
        if (outcome != WebhookSubscription.Outcome.NOT_SENT) {
            webhooks.lockSubscription(subscriptionId).ifPresent(s -> s.record(outcome, Instant.now()));
        }
    }
}
