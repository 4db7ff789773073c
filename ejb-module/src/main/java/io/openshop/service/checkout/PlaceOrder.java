package io.openshop.service.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a shopper submits at checkout. No prices: the server computes them.
 *
 * @param paymentToken a token from the payment provider's form (the test gateway: tok_visa), never a card number
 */
public record PlaceOrder(String cartToken, String email, Address shippingAddress, String shippingMethod,
                         String couponCode, String paymentToken) {

    /** An address as typed; checked when the order is made. */
    public record Address(String name, String line1, String line2, String postalCode, String city, String country) {
    }

    /** A fingerprint of the request, to tell a retry (same fingerprint) from a different request under the same key. */
    public String fingerprint() {
        Address a = shippingAddress == null ? new Address(null, null, null, null, null, null) : shippingAddress;
        String canonical = Stream.of(cartToken, email, a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country(),
                        shippingMethod, couponCode, paymentToken)
                .map(v -> Objects.toString(v, "\u0001").strip())
                .collect(Collectors.joining("\u0000"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
