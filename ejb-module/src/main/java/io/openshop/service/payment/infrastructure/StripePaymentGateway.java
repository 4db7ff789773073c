package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.PaymentDeclinedException;
import io.openshop.domain.payment.PaymentChoice;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentProviderException;
import io.openshop.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Stripe's PaymentIntents API over plain HTTP: authorise = create and confirm an intent with
 * {@code capture_method=manual}, then {@code /capture}, {@code /cancel} (void) and
 * {@code /v1/refunds}. Bodies are form-encoded, amounts in minor units, and every POST carries an
 * {@code Idempotency-Key} built from our own key for the operation, so a retry of ours (or of the
 * HTTP client) is answered by Stripe with the first result instead of a second charge.
 * <p>
 * The base URL, secret key and webhook signing secret come from MicroProfile Config
 * ({@code shop.payment.stripe.*}); in production the two secrets live in Payara password aliases.
 */
@ApplicationScoped
@Typed(StripePaymentGateway.class)
public class StripePaymentGateway implements PaymentGateway {

    static final String NAME = "stripe";
    private static final Logger LOG = Logger.getLogger(StripePaymentGateway.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Config config;

    @Override
    public String name() {
        return NAME;
    }

    /**
     * With a test key, Stripe's own test tokens; with a live key none, since real cards are
     * tokenised by Stripe's card form, never typed into the shop's page.
     */
    @Override
    public List<PaymentChoice> choices() {
        boolean testMode = config.getOptionalValue("shop.payment.stripe.secret-key", String.class)
                .map(key -> key.startsWith("sk_test_")).orElse(false);
        return testMode ? List.of(new PaymentChoice("tok_visa", "Test card that succeeds (Visa ending 4242)"),
                new PaymentChoice("tok_chargeDeclined", "Test card that is declined")) : List.of();
    }

    @Override
    public Authorization authorize(String token, Money amount, String idempotencyKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("amount", Long.toString(StripeAmounts.toMinorUnits(amount)));
        form.put("currency", StripeAmounts.currency(amount));
        form.put("payment_method", token);
        form.put("payment_method_types[]", "card");
        form.put("capture_method", "manual");
        form.put("confirm", "true");
        form.put("expand[]", "latest_charge");
        JsonObject intent = post("/v1/payment_intents", form, idempotencyKey);
        String status = intent.getString("status", "");
        if (!"requires_capture".equals(status)) {
            throw new PaymentDeclinedException("the card needs a step this shop does not support (" + status + ")");
        }
        return new Authorization(intent.getString("id"), last4(intent));
    }

    @Override
    public void capture(String reference, Money amount, String idempotencyKey) {
        post("/v1/payment_intents/" + path(reference) + "/capture",
                Map.of("amount_to_capture", Long.toString(StripeAmounts.toMinorUnits(amount))), idempotencyKey);
    }

    @Override
    public void voidAuthorization(String reference, String idempotencyKey) {
        post("/v1/payment_intents/" + path(reference) + "/cancel", Map.of(), idempotencyKey);
    }

    @Override
    public void refund(String reference, Money amount, String idempotencyKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payment_intent", reference);
        form.put("amount", Long.toString(StripeAmounts.toMinorUnits(amount)));
        post("/v1/refunds", form, idempotencyKey);
    }

    @Override
    public WebhookEvent parseWebhook(String payload, Map<String, String> headers) {
        String signature = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Stripe-Signature"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        StripeSignature.verify(payload, signature, setting("shop.payment.stripe.webhook-secret"), Instant.now(), StripeSignature.TOLERANCE);
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            event = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the event is not a JSON object");
        }
        String id = event.getString("id", null);
        String type = event.getString("type", null);
        if (id == null || type == null) {
            throw new IllegalArgumentException("the event has no id or type");
        }
        JsonObject object = event.containsKey("data") && event.getJsonObject("data").containsKey("object")
                ? event.getJsonObject("data").getJsonObject("object") : JsonValue.EMPTY_JSON_OBJECT;
        String reference = null;
        Money amount = null;
        if (type.startsWith("payment_intent.")) {
            reference = object.getString("id", null);
            if (object.containsKey("amount") && object.containsKey("currency")) {
                amount = StripeAmounts.fromMinorUnits(object.getJsonNumber("amount").longValueExact(), object.getString("currency"));
            }
        } else if (type.startsWith("charge.")) {
            reference = object.getString("payment_intent", null);
            if (object.containsKey("amount_refunded") && object.containsKey("currency")) {
                amount = StripeAmounts.fromMinorUnits(object.getJsonNumber("amount_refunded").longValueExact(), object.getString("currency"));
            }
        }
        return new WebhookEvent(id, kind(type), type, reference, amount);
    }

    /** Stripe's event types in the shop's words; the shop acts on these three only. */
    static WebhookEvent.Kind kind(String type) {
        return switch (type) {
            case "payment_intent.succeeded" -> WebhookEvent.Kind.SUCCEEDED;
            case "payment_intent.payment_failed" -> WebhookEvent.Kind.FAILED;
            case "charge.refunded" -> WebhookEvent.Kind.REFUNDED;
            default -> WebhookEvent.Kind.OTHER;
        };
    }

    private JsonObject post(String path, Map<String, String> form, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("every POST to Stripe carries an idempotency key");
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + setting("shop.payment.stripe.secret-key"))
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Stripe unreachable for POST {0}: {1}", new Object[] {path, e.toString()});
            throw new PaymentProviderException("The payment provider could not be reached; please try again with the same Idempotency-Key.", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderException("The call to the payment provider was interrupted; please try again.", true);
        }
        int status = response.statusCode();
        JsonObject json = json(response.body());
        if (status >= 200 && status < 300) {
            return json;
        }
        JsonObject error = json.containsKey("error") && json.get("error").getValueType() == JsonValue.ValueType.OBJECT
                ? json.getJsonObject("error") : JsonValue.EMPTY_JSON_OBJECT;
        String type = error.getString("type", "");
        String code = error.getString("code", "");
        LOG.log(Level.WARNING, "Stripe answered POST {0} with {1}: {2} {3}", new Object[] {path, status, type, code});
        if (status == 402 || "card_error".equals(type)) {
            String reason = error.getString("decline_code", code.isEmpty() ? "card_declined" : code);
            throw new PaymentDeclinedException(reason.replace('_', ' '));
        }
        if (status == 409 || status == 429 || status >= 500) {
            throw new PaymentProviderException("The payment provider is busy or failed (" + status
                    + "); please try again with the same Idempotency-Key.", true);
        }
        throw new PaymentProviderException("The payment provider refused the request (" + status
                + (code.isEmpty() ? "" : ", " + code) + ").", false);
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String last4(JsonObject intent) {
        JsonValue charge = intent.get("latest_charge");
        if (charge != null && charge.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject details = charge.asJsonObject().getJsonObject("payment_method_details");
            if (details != null && details.containsKey("card")) {
                return details.getJsonObject("card").getString("last4", "0000");
            }
        }
        return "0000"; // Stripe did not say; we never have the card number to tell ourselves
    }

    private String baseUrl() {
        String url = config.getOptionalValue("shop.payment.stripe.base-url", String.class).orElse("https://api.stripe.com").strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String setting(String name) {
        return config.getOptionalValue(name, String.class)
                .orElseThrow(() -> new PaymentProviderException("The payment provider is not configured (" + name + ").", false));
    }

    private static String path(String reference) {
        if (reference == null || !reference.matches("[A-Za-z0-9_]{1,100}")) {
            throw new IllegalArgumentException("not a Stripe id: " + reference);
        }
        return reference;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
