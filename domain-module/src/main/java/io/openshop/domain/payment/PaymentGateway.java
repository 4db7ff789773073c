package io.openshop.domain.payment;

import io.openshop.domain.shared.Money;

import java.util.Map;

/**
 * A payment provider, spoken to with tokens the provider issued for a card (never the card
 * itself). Every call that moves money carries an idempotency key, so a retried call never
 * charges twice.
 */
public interface PaymentGateway {

    /** The gateway's name as stored on payments ("test", "stripe"). */
    String name();

    /** Reserves the amount on the card behind the token; throws {@link PaymentDeclinedException} when refused. */
    Authorization authorize(String token, Money amount, String idempotencyKey);

    void capture(String reference, Money amount, String idempotencyKey);

    void voidAuthorization(String reference, String idempotencyKey);

    void refund(String reference, Money amount, String idempotencyKey);

    /** Checks a webhook's signature and reads it; throws IllegalArgumentException when it is not genuine. */
    WebhookEvent parseWebhook(String payload, Map<String, String> headers);

    /** An authorisation granted: the gateway's reference for it and the card's last four digits. */
    record Authorization(String reference, String last4) {
        public Authorization {
            if (last4 == null || !last4.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("last4 is four digits");
            }
        }
    }

    /**
     * Something the gateway tells us happened: an event id (for deduplication), its type, the
     * payment reference and, where the event carries one, an amount (for a refund event: the
     * total refunded so far, as providers report it).
     */
    record WebhookEvent(String id, String type, String reference, Money amount) {
    }
}
