package io.openshop.domain.payment;

import io.openshop.domain.shared.Money;

import java.util.List;
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

    /**
     * Checks a webhook's signature and reads it into the shop's words; throws
     * IllegalArgumentException when it is not genuine.
     */
    WebhookEvent parseWebhook(String payload, Map<String, String> headers);

    /**
     * The payment tokens a shopper may pick on the shop's own checkout page: a gateway's test
     * cards. None by default, for a gateway whose tokens come from its own card form.
     */
    default List<PaymentChoice> choices() {
        return List.of();
    }

    /** An authorisation granted: the gateway's reference for it and the card's last four digits. */
    record Authorization(String reference, String last4) {
        public Authorization {
            if (last4 == null || !last4.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("last4 is four digits");
            }
        }
    }

    /**
     * Something the gateway tells us happened, in the shop's words: an event id (for
     * deduplication), what happened, the payment reference and, where the event carries one, an
     * amount (for a refund: the total refunded so far, as providers report it).
     *
     * @param name the provider's own name of the event, only recorded with it, never interpreted
     */
    record WebhookEvent(String id, Kind kind, String name, String reference, Money amount) {

        /** What happened to a payment, as far as the shop acts on it. */
        public enum Kind {
            /** The payment went through: the money is taken. */
            SUCCEEDED,
            /** The payment failed: nothing will be taken. */
            FAILED,
            /** Some or all of the payment was given back. */
            REFUNDED,
            /** Anything else the provider reports; acknowledged, not acted on. */
            OTHER
        }
    }
}
