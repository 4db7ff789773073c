package io.openshop.service.checkout;

import io.openshop.domain.shared.Money;

/** A shipping method that delivers to the destination, with its price for the cart as it is (before any coupon). */
public record ShippingOption(String code, String name, Money price) {
}
