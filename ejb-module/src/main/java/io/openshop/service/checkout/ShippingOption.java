package io.openshop.service.checkout;

import io.openshop.domain.shared.Money;

/**
 * A way to ship the cart to the destination, with its price for the cart as it is (before any
 * coupon): one of the shop's own methods, or a carrier's live rate (its code starts with
 * "carrier:", and the carrier estimates the days in transit).
 */
public record ShippingOption(String code, String name, Money price, Integer estimatedDays) {

    public boolean live() {
        return code.startsWith(io.openshop.domain.checkout.CarrierRate.CODE_PREFIX);
    }
}
