/**
 * Integrations: {@code EventRelay} fans committed domain events out to the webhook subscribers
 * that want them, {@code WebhookDeliveryStep} delivers each one (signed, retried by the workflow
 * on 5xx and timeouts, never on 4xx, behind each subscriber's circuit), {@code WebhookService}
 * lets administrators subscribe, read the delivery log and replay.
 */
package io.openshop.service.integration;
