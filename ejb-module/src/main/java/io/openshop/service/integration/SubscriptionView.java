package io.openshop.service.integration;

import io.openshop.domain.integration.EventType;
import io.openshop.domain.integration.WebhookSubscription;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A webhook subscription as administrators see it: never its secret. */
public record SubscriptionView(long id, String url, Set<EventType> events, boolean active, int consecutiveFailures,
                               Instant circuitOpenUntil, Instant createdAt, String createdBy) implements Serializable {

    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.getId(), s.getUrl(), s.getEventTypes(), s.isActive(), s.getConsecutiveFailures(),
                s.getOpenUntil(), s.getCreatedAt(), s.getCreatedBy());
    }
}
