package io.openshop.domain.integration;

import java.util.List;
import java.util.Optional;

/** Where subscriptions, events and deliveries are kept. */
public interface Webhooks {

    void add(WebhookSubscription subscription);

    Optional<WebhookSubscription> subscription(long id);

    /** The subscription locked for an update of its circuit. */
    Optional<WebhookSubscription> lockSubscription(long id);

    List<WebhookSubscription> subscriptions();

    /** Up to {@code max} events not yet fanned out, oldest first, locked (others skip them); marks nothing. */
    List<DomainEvent> unrelayed(int max);

    void markRelayed(List<Long> eventIds);

    /** A new delivery of an event to a subscriber ({@code replayOf}: the delivery it replays, or null); its id. */
    long addDelivery(long subscriptionId, long eventId, Long replayOf);

    Optional<WebhookDelivery> delivery(long id);

    Optional<DomainEvent> event(long id);

    /** Records one attempt's outcome. */
    void attempted(long deliveryId, WebhookDelivery.Status status, Integer statusCode, Integer latencyMs, String error);

    /** A subscriber's deliveries, newest first. */
    List<WebhookDelivery> deliveries(long subscriptionId, int max);

}
