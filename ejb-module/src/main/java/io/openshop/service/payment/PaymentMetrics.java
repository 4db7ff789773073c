package io.openshop.service.payment;

import io.openshop.domain.payment.PaymentDeclinedException;
import io.openshop.domain.payment.PaymentProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;

/**
 * The payment provider's webhook events as metrics: {@code shop_payment_webhooks_total{result}},
 * where result is {@code applied}, {@code skipped} (did not fit where the order is),
 * {@code ignored} (a type or payment the shop does not know) or {@code duplicate} (delivered again,
 * handled once already); and every call to the provider,
 * {@code shop_payment_operations_total{operation, result}}: operation {@code authorize},
 * {@code capture}, {@code void} or {@code refund}; result {@code succeeded}, {@code declined}
 * (the card issuer said no), {@code unavailable} (the provider could not be reached or failed
 * itself) or {@code error} (anything else, a defect).
 */
@ApplicationScoped
public class PaymentMetrics {

    static final Metadata WEBHOOKS = Metadata.builder().withName("shop.payment.webhooks")
            .withDescription("Payment provider events received, by result: applied, skipped, ignored, duplicate").build();

    static final Metadata OPERATIONS = Metadata.builder().withName("shop.payment.operations")
            .withDescription("Calls to the payment provider by operation (authorize, capture, void, refund) "
                    + "and result (succeeded, declined, unavailable, error)").build();

    /** What the shop asks of the payment provider. */
    public enum Operation { AUTHORIZE, CAPTURE, VOID, REFUND }

    private static final String[] RESULTS = {"succeeded", "declined", "unavailable", "error"};
    private static final String[] WEBHOOK_RESULTS = {"applied", "skipped", "ignored", "duplicate", "other"};

    @Inject
    MetricRegistry registry;

    /** Every series at zero from the start, so that a rate over them is defined before the first payment. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Operation operation : Operation.values()) {
            for (String result : RESULTS) {
                count(operation, result, 0);
            }
        }
        for (String result : WEBHOOK_RESULTS) {
            registry.counter(WEBHOOKS, new Tag("result", result));
        }
    }

    public void succeeded(Operation operation) {
        count(operation, RESULTS[0], 1);
    }

    public void failed(Operation operation, RuntimeException failure) {
        count(operation, failure instanceof PaymentDeclinedException ? RESULTS[1]
                : failure instanceof PaymentProviderException ? RESULTS[2] : RESULTS[3], 1);
    }

    private void count(Operation operation, String result, long by) {
        registry.counter(OPERATIONS, new Tag("operation", operation.name().toLowerCase(Locale.ROOT)),
                new Tag("result", result)).inc(by);
    }

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
