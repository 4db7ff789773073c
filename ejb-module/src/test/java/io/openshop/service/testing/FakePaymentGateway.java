package io.openshop.service.testing;

import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A payment provider that authorises every token as reference "auth-N", records each call, and
 * reads a webhook as the event a test put in {@link #nextEvent}, when its signature header says
 * {@link #GENUINE} (anything else is refused as the real adapters refuse a bad signature).
 */
public final class FakePaymentGateway implements PaymentGateway {

    public static final String GENUINE = "genuine";

    public record Call(String operation, String reference, Money amount, String idempotencyKey) {
    }

    public final List<Call> calls = new ArrayList<>();
    public WebhookEvent nextEvent;
    private int authorizations;

    public List<Call> calls(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Authorization authorize(String token, Money amount, String idempotencyKey) {
        String reference = "auth-" + ++authorizations;
        calls.add(new Call("authorize", token, amount, idempotencyKey));
        if ("tok_declined".equals(token)) { // as the test gateway's card that is declined
            throw new io.openshop.domain.payment.PaymentDeclinedException("card_declined");
        }
        return new Authorization(reference, "4242");
    }

    @Override
    public void capture(String reference, Money amount, String idempotencyKey) {
        calls.add(new Call("capture", reference, amount, idempotencyKey));
    }

    @Override
    public void voidAuthorization(String reference, String idempotencyKey) {
        calls.add(new Call("void", reference, null, idempotencyKey));
    }

    @Override
    public void refund(String reference, Money amount, String idempotencyKey) {
        calls.add(new Call("refund", reference, amount, idempotencyKey));
    }

    @Override
    public WebhookEvent parseWebhook(String payload, Map<String, String> headers) {
        if (!GENUINE.equals(headers.get("Stripe-Signature"))) {
            throw new IllegalArgumentException("signature does not match");
        }
        return nextEvent;
    }
}
