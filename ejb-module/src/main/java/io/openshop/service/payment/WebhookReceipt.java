package io.openshop.service.payment;

/**
 * What became of a provider event: handled now (with what it did) or seen before.
 *
 * @param duplicate true when the event id was handled before and nothing was done this time
 */
public record WebhookReceipt(String eventId, String type, boolean duplicate, String outcome) {
}
