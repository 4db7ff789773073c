package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.PaymentChoice;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.shared.Money;
import io.openshop.service.payment.PaymentMetrics;
import io.openshop.service.payment.PaymentMetrics.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link PaymentGateway} the services get: each call goes to the gateway that
 * {@code shop.payment.provider} names, "test" (the default, the built-in gateway of the demo) or
 * "stripe". The setting is looked up per call (MicroProfile Config caches it for its usual
 * minute), so an operator can switch providers with asadmin without a redeploy. Every call to the
 * provider is counted by operation and result ({@link PaymentMetrics}).
 */
@ApplicationScoped
public class ConfiguredPaymentGateway implements PaymentGateway {

    static final String PROVIDER = "shop.payment.provider";

    @Inject
    Config config;

    @Inject
    TestPaymentGateway test;

    @Inject
    StripePaymentGateway stripe;

    @Inject
    PaymentMetrics metrics;

    PaymentGateway current() {
        String provider = config.getOptionalValue(PROVIDER, String.class).orElse("test").strip().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case "test" -> test;
            case StripePaymentGateway.NAME -> stripe;
            default -> throw new IllegalStateException(PROVIDER + " is 'test' or 'stripe', not '" + provider + "'");
        };
    }

    @Override
    public String name() {
        return current().name();
    }

    @Override
    public Authorization authorize(String token, Money amount, String idempotencyKey) {
        return counted(Operation.AUTHORIZE, () -> current().authorize(token, amount, idempotencyKey));
    }

    @Override
    public void capture(String reference, Money amount, String idempotencyKey) {
        counted(Operation.CAPTURE, () -> {
            current().capture(reference, amount, idempotencyKey);
            return null;
        });
    }

    @Override
    public void voidAuthorization(String reference, String idempotencyKey) {
        counted(Operation.VOID, () -> {
            current().voidAuthorization(reference, idempotencyKey);
            return null;
        });
    }

    @Override
    public void refund(String reference, Money amount, String idempotencyKey) {
        counted(Operation.REFUND, () -> {
            current().refund(reference, amount, idempotencyKey);
            return null;
        });
    }

    @Override
    public List<PaymentChoice> choices() {
        return current().choices();
    }

    @Override
    public WebhookEvent parseWebhook(String payload, Map<String, String> headers) {
        return current().parseWebhook(payload, headers);
    }

    private <T> T counted(Operation operation, Supplier<T> call) {
        try {
            T result = call.get();
            metrics.succeeded(operation);
            return result;
        } catch (RuntimeException e) {
            metrics.failed(operation, e);
            throw e;
        }
    }
}
