package io.openshop.domain.payment;

/** A payment token the checkout page may offer, with what the shopper reads for it (a gateway's test card). */
public record PaymentChoice(String token, String label) {
}
