package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.PaymentGateway.WebhookEvent.Kind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stripe's event names stop at the adapter: the shop's services see only what happened. */
class StripeEventKindTest {

    @Test
    void theThreeEventsTheShopActsOnAreNamedInItsOwnWords() {
        assertEquals(Kind.SUCCEEDED, StripePaymentGateway.kind("payment_intent.succeeded"));
        assertEquals(Kind.FAILED, StripePaymentGateway.kind("payment_intent.payment_failed"));
        assertEquals(Kind.REFUNDED, StripePaymentGateway.kind("charge.refunded"));
    }

    @Test
    void everyOtherEventIsOther() {
        assertEquals(Kind.OTHER, StripePaymentGateway.kind("payment_intent.created"));
        assertEquals(Kind.OTHER, StripePaymentGateway.kind("customer.created"));
        assertEquals(Kind.OTHER, StripePaymentGateway.kind("charge.refund.updated"));
    }
}
