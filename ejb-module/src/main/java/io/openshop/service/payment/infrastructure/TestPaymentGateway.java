package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.PaymentDeclinedException;
import io.openshop.domain.payment.PaymentChoice;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The built-in gateway for the demo and the tests, in the manner of a provider's test mode:
 * "tok_visa" (last four 4242) and "tok_mastercard" (4444) are authorised, "tok_declined" is
 * declined, anything else is refused as an unknown token. It moves no money; the same
 * idempotency key gives the same reference, as a real provider's would.
 */
@ApplicationScoped
@Typed(TestPaymentGateway.class)
public class TestPaymentGateway implements PaymentGateway {

    private static final Map<String, String> CARDS = Map.of("tok_visa", "4242", "tok_mastercard", "4444");

    /** What the checkout page offers: one card that is authorised and one that is declined (tok_mastercard is for API clients). */
    private static final List<PaymentChoice> CHOICES = List.of(
            new PaymentChoice("tok_visa", "Test card that succeeds (Visa ending 4242)"),
            new PaymentChoice("tok_declined", "Test card that is declined"));

    @Inject
    @Metric(name = "payment.authorizations", absolute = true, description = "Payment authorisations granted by the gateway")
    Counter authorizations;

    @Override
    public String name() {
        return "test";
    }

    @Override
    public Authorization authorize(String token, Money amount, String idempotencyKey) {
        if ("tok_declined".equals(token)) {
            throw new PaymentDeclinedException("the card was declined (test token tok_declined)");
        }
        String last4 = CARDS.get(token);
        if (last4 == null) {
            throw new PaymentDeclinedException("unknown payment token; the test gateway knows tok_visa, tok_mastercard and tok_declined");
        }
        authorizations.inc();
        return new Authorization("test_auth_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)), last4);
    }

    @Override
    public List<PaymentChoice> choices() {
        return CHOICES;
    }

    @Override
    public void capture(String reference, Money amount, String idempotencyKey) {
        // the test gateway always captures what it authorised
    }

    @Override
    public void voidAuthorization(String reference, String idempotencyKey) {
        // nothing is held at a test gateway
    }

    @Override
    public void refund(String reference, Money amount, String idempotencyKey) {
        // nothing was charged at a test gateway
    }

    @Override
    public WebhookEvent parseWebhook(String payload, Map<String, String> headers) {
        throw new IllegalArgumentException("the test gateway sends no webhooks");
    }
}
