package io.openshop.systemtest.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local stand-in for api.stripe.com (WireMock in the test JVM, on a free port) and the switch
 * that points the deployed shop at it. The shop reads {@code shop.payment.*} through MicroProfile
 * Config on each use; a test sets them as domain-level config properties with asadmin once its
 * EAR is deployed (the server is only up by then), together with {@code mp.config.cache.duration=0}
 * so Payara's config cache cannot serve an older value, and deletes them all afterwards, so every
 * other test class runs with the default test gateway.
 */
public final class StripeSupport {

    public static final String SECRET_KEY = "sk_test_openshop_stand_in";
    public static final String WEBHOOK_SECRET = "whsec_openshop_stand_in";
    /** Cards in the manner of Stripe's test payment methods. */
    public static final String CARD_OK = "pm_card_visa";
    public static final String CARD_DECLINED = "pm_card_chargeDeclined";
    public static final String CARD_PROVIDER_DOWN = "pm_card_provider_down";

    private StripeSupport() {
    }

    /** Starts the stand-in with Stripe's answers for intents, captures, cancels and refunds. */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/v1/payment_intents")).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id":"pi_{{randomValue length=24 type='ALPHANUMERIC'}}","object":"payment_intent",
                                 "status":"requires_capture","capture_method":"manual",
                                 "latest_charge":{"id":"ch_1","payment_method_details":{"type":"card","card":{"brand":"visa","last4":"4242"}}}}
                                """).withTransformers("response-template")));
        server.stubFor(post(urlEqualTo("/v1/payment_intents")).atPriority(1)
                .withRequestBody(containing("payment_method=" + CARD_DECLINED))
                .willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline",
                                 "message":"Your card was declined."}}""")));
        server.stubFor(post(urlEqualTo("/v1/payment_intents")).atPriority(1)
                .withRequestBody(containing("payment_method=" + CARD_PROVIDER_DOWN))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong on Stripe's end.\"}}")));
        server.stubFor(post(urlMatching("/v1/payment_intents/pi_[A-Za-z0-9]+/capture"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"{{request.pathSegments.[2]}}\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}")
                        .withTransformers("response-template")));
        server.stubFor(post(urlMatching("/v1/payment_intents/pi_[A-Za-z0-9]+/cancel"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"{{request.pathSegments.[2]}}\",\"object\":\"payment_intent\",\"status\":\"canceled\"}")
                        .withTransformers("response-template")));
        server.stubFor(post(urlEqualTo("/v1/refunds"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"re_{{randomValue length=24 type='ALPHANUMERIC'}}\",\"object\":\"refund\",\"status\":\"succeeded\"}")
                        .withTransformers("response-template")));
        return server;
    }

    /**
     * Points the shop at the stand-in: the domain's configuration, as the DAS's own server sees it
     * or, with targets (a cluster's instances), as each of them does: the command reaches only the
     * servers it targets.
     */
    public static void useStandIn(WireMockServer server, String... targets) {
        setConfig("mp.config.cache.duration", "0", targets);
        setConfig("shop.payment.provider", "stripe", targets);
        setConfig("shop.payment.stripe.base-url", "http://127.0.0.1:" + server.port(), targets);
        setConfig("shop.payment.stripe.secret-key", SECRET_KEY, targets);
        setConfig("shop.payment.stripe.webhook-secret", WEBHOOK_SECRET, targets);
    }

    /** Back to the built-in test gateway, and the stand-in stopped, even when switching back fails. */
    public static void release(WireMockServer server, String... targets) {
        try {
            useTestGateway(targets);
        } finally {
            server.stop();
        }
    }

    public static void useTestGateway(String... targets) {
        DomainConfig.delete(List.of("mp.config.cache.duration", "shop.payment.provider", "shop.payment.stripe.base-url",
                "shop.payment.stripe.secret-key", "shop.payment.stripe.webhook-secret"), targets);
    }

    private static void setConfig(String name, String value, String... targets) {
        DomainConfig.set(name, value, targets);
    }

    /** The form fields of a request the stand-in received. */
    public static Map<String, String> form(String body) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** A Stripe-Signature header as Stripe computes it: HMAC-SHA256 of "t.payload" with the endpoint's secret. */
    public static String signature(String payload, String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A payment intent as Stripe's events carry it: succeeded, for this amount in euro cents. */
    public static JsonObject intent(String reference, long cents) {
        return Json.createObjectBuilder().add("id", reference).add("object", "payment_intent")
                .add("amount", cents).add("currency", "eur").add("status", "succeeded").build();
    }

    /** The charge of a payment intent, with what has been refunded of it so far. */
    public static JsonObject charge(String reference, long cents, long refunded) {
        return Json.createObjectBuilder().add("id", "ch_" + reference.substring(3)).add("object", "charge")
                .add("payment_intent", reference).add("amount", cents).add("amount_refunded", refunded)
                .add("currency", "eur").add("refunded", refunded == cents).build();
    }

    /** A webhook event of this type about the object, with a fresh event id, as JSON text. */
    public static String event(String type, JsonObject object) {
        return Json.createObjectBuilder().add("id", "evt_" + UUID.randomUUID().toString().replace("-", ""))
                .add("object", "event").add("type", type).add("created", Instant.now().getEpochSecond())
                .add("data", Json.createObjectBuilder().add("object", object)).build().toString();
    }

    /** The signature header for the payload, made now with the stand-in's webhook secret. */
    public static String sign(String payload) {
        return signature(payload, WEBHOOK_SECRET, Instant.now().getEpochSecond());
    }

    public static HttpResponse<String> postWebhook(String payload, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = CommerceSupport.request("/api/payments/webhooks/stripe")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token for the admin the test environment was set up with. */
    public static String adminToken() throws Exception {
        return StaffSupport.adminToken(); // password and one-time code
    }
}
