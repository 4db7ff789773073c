package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * The one {@link PaymentGateway} the shop uses, chosen by {@code shop.payment.provider}: "test"
 * (the default, the built-in gateway of the demo) or "stripe". Read when the application starts.
 */
@ApplicationScoped
public class PaymentGatewayProducer {

    @Inject
    @ConfigProperty(name = "shop.payment.provider", defaultValue = "test")
    String provider;

    @Inject
    TestPaymentGateway test;

    @Inject
    StripePaymentGateway stripe;

    @Produces
    PaymentGateway gateway() {
        return switch (provider.strip().toLowerCase(Locale.ROOT)) {
            case "test" -> test;
            case StripePaymentGateway.NAME -> stripe;
            default -> throw new IllegalStateException("shop.payment.provider is 'test' or 'stripe', not '" + provider + "'");
        };
    }
}
