package io.openshop.service.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The payment provider's webhook events as metrics: {@code shop_payment_webhooks_total{result}},
 * where result is {@code applied}, {@code skipped} (did not fit where the order is),
 * {@code ignored} (a type or payment the shop does not know) or {@code duplicate} (delivered again,
 * handled once already). Declined cards are counted by the checkout
 * ({@code shop_checkout_refusals_total{reason="payment_declined"}}).
 */
@ApplicationScoped
public class PaymentMetrics {

    static final Metadata WEBHOOKS = Metadata.builder().withName("shop.payment.webhooks")
            .withDescription("Payment provider events received, by result: applied, skipped, ignored, duplicate").build();

    @Inject
    MetricRegistry registry;

    void onWebhook(@Observes WebhookReceipt receipt) {
        registry.counter(WEBHOOKS, new Tag("result", result(receipt))).inc();
    }

    static String result(WebhookReceipt receipt) {
        if (receipt.duplicate()) {
            return "duplicate";
        }
        String outcome = receipt.outcome();
        int colon = outcome.indexOf(':');
        String word = colon < 0 ? outcome : outcome.substring(0, colon);
        return switch (word) {
            case "applied", "skipped", "ignored" -> word;
            default -> "other";
        };
    }
}
