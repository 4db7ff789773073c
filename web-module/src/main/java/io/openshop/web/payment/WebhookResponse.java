package io.openshop.web.payment;

import io.openshop.service.payment.WebhookReceipt;

/** The acknowledgement of a provider event (the provider only looks at the 2xx). */
public record WebhookResponse(String eventId, boolean duplicate, String outcome) {

    static WebhookResponse of(WebhookReceipt receipt) {
        return new WebhookResponse(receipt.eventId(), receipt.duplicate(), receipt.outcome());
    }
}
