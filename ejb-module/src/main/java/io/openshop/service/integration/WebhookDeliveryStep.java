package io.openshop.service.integration;

import io.openshop.domain.integration.DomainEvent;
import io.openshop.domain.integration.WebhookDelivery;
import io.openshop.domain.integration.WebhookSubscription;
import io.openshop.domain.integration.Webhooks;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.workflow.StepHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers one event to one subscriber (a DELIVER_WEBHOOK step): a signed POST of the event as
 * JSON. A 2xx answer delivers it; a 4xx answer is the subscriber's final word (recorded as FAILED,
 * never retried: retrying a refusal only floods it); a 5xx answer, a timeout or no connection fails
 * the attempt, which the workflow retries with doubling waits and parks after the last
 * (shop.workflow.retry.*), for an administrator to replay. While the subscriber's circuit is open
 * (five failures in a row) no request is sent and the attempt fails at once. Steps run from the
 * outbound queue, never inside a checkout: a slow subscriber delays only deliveries.
 */
@ApplicationScoped
public class WebhookDeliveryStep implements StepHandler {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookAttempts attempts;

    @Inject
    @ConfigProperty(name = "shop.webhooks.timeout-seconds", defaultValue = "5")
    int timeoutSeconds;

    @Override
    public StepKind kind() {
        return StepKind.DELIVER_WEBHOOK;
    }

    @Override
    public void perform(long deliveryId) {
        WebhookDelivery delivery = webhooks.delivery(deliveryId)
                .orElseThrow(() -> new IllegalStateException("no webhook delivery " + deliveryId));
        if (delivery.status() != WebhookDelivery.Status.PENDING) {
            return; // delivered or refused already: a message seen twice changes nothing
        }
        WebhookSubscription subscription = webhooks.subscription(delivery.subscriptionId())
                .orElseThrow(() -> new IllegalStateException("no webhook subscription " + delivery.subscriptionId()));
        if (!subscription.isActive()) {
            attempts.record(deliveryId, subscription.getId(), WebhookDelivery.Status.FAILED, null, null, "the subscription was removed",
                    WebhookSubscription.Outcome.NOT_SENT);
            return;
        }
        if (subscription.isOpen(Instant.now())) {
            attempts.record(deliveryId, subscription.getId(), WebhookDelivery.Status.PENDING, null, null,
                    "not sent: the subscriber's circuit is open after failures in a row", WebhookSubscription.Outcome.NOT_SENT);
            throw new IllegalStateException("the circuit of webhook subscriber " + subscription.getId() + " is open");
        }
        DomainEvent event = webhooks.event(delivery.eventId())
                .orElseThrow(() -> new IllegalStateException("no domain event " + delivery.eventId()));
        String body = body(event);
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.getUrl()))
                .timeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
                .header("Content-Type", "application/json")
                .header("User-Agent", "OpenShop-Webhooks/1")
                .header("Webhook-Id", Long.toString(event.id()))
                .header("Webhook-Event", event.type().name())
                .header(WebhookSignature.HEADER, WebhookSignature.header(subscription.getSecret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        int code;
        try {
            code = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            attempts.record(deliveryId, subscription.getId(), WebhookDelivery.Status.PENDING, null, millis(started),
                    e.getClass().getSimpleName() + ": " + e.getMessage(), WebhookSubscription.Outcome.FAILED);
            throw new IllegalStateException("webhook delivery " + deliveryId + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted delivering webhook " + deliveryId, e);
        }
        if (code >= 200 && code < 300) {
            attempts.record(deliveryId, subscription.getId(), WebhookDelivery.Status.DELIVERED, code, millis(started), null, WebhookSubscription.Outcome.ANSWERED);
        } else if (code >= 400 && code < 500) {
            attempts.record(deliveryId, subscription.getId(), WebhookDelivery.Status.FAILED, code, millis(started),
                    "the subscriber refused it (" + code + "): not retried", WebhookSubscription.Outcome.ANSWERED);
        } else {
            attempts.record(deliveryId, subscription.getId(), WebhookDelivery.Status.PENDING, code, millis(started),
                    "the subscriber answered " + code, WebhookSubscription.Outcome.FAILED);
            throw new IllegalStateException("webhook delivery " + deliveryId + " answered " + code);
        }
    }

    /** The body subscribers receive (docs/integrations.md). */
    static String body(DomainEvent event) {
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(event.payload()))) {
            data = reader.readObject();
        }
        return Json.createObjectBuilder()
                .add("id", event.id())
                .add("type", event.type().name())
                .add("aggregate", Json.createObjectBuilder().add("type", event.aggregateType()).add("id", event.aggregateId())
                        .add("sequence", event.sequence()))
                .add("occurredAt", event.occurredAt().toString())
                .add("data", data)
                .build().toString();
    }

    private static int millis(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public String describe(long deliveryId) {
        return webhooks.delivery(deliveryId).map(d -> "webhook " + d.type() + " #" + d.eventId() + " to subscriber " + d.subscriptionId())
                .orElse("webhook delivery #" + deliveryId);
    }
}
