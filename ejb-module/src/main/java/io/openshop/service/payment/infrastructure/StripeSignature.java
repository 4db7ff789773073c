package io.openshop.service.payment.infrastructure;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Stripe's webhook signature: the header {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=...]}
 * where v1 is HMAC-SHA256 over {@code "<t>.<payload>"} keyed with the endpoint's signing secret.
 * A delivery is genuine when one v1 matches (compared in constant time) and t is within the
 * tolerance of now, which stops an old, captured delivery from being replayed later.
 */
final class StripeSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StripeSignature() {
    }

    /** Throws IllegalArgumentException saying why, unless the payload is signed with the secret within the tolerance. */
    static void verify(String payload, String header, String secret, Instant now, Duration tolerance) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("no webhook signing secret is configured");
        }
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("the Stripe-Signature header is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (name.equals("t")) {
                try {
                    timestamp = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the signature's timestamp is not a number");
                }
            } else if (name.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new IllegalArgumentException("the Stripe-Signature header needs t= and v1= parts");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) > 0) {
            throw new IllegalArgumentException("the signature's timestamp is outside the tolerance of " + tolerance.toMinutes() + " minutes");
        }
        byte[] expected = sign(timestamp + "." + payload, secret).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String candidate : signatures) {
            // every candidate is compared, in constant time, so timing tells nothing about which came close
            match |= MessageDigest.isEqual(expected, candidate.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
        if (!match) {
            throw new IllegalArgumentException("no v1 signature matches the payload");
        }
    }

    /** The header a sender with this secret puts on this payload at this time (for tests and stand-ins). */
    static String header(String payload, String secret, long timestamp) {
        return "t=" + timestamp + ",v1=" + sign(timestamp + "." + payload, secret);
    }

    static String sign(String signedPayload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always there", e);
        }
    }
}
