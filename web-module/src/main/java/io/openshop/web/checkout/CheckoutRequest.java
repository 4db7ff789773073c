package io.openshop.web.checkout;

import io.openshop.service.checkout.PlaceOrder;

/**
 * A checkout submission. It carries no prices; any a client adds are ignored, since JSON
 * properties this record does not name are not read.
 */
public record CheckoutRequest(String cartToken, String email, Address shippingAddress, String shippingMethod,
                              String couponCode, String paymentToken) {

    public record Address(String name, String line1, String line2, String postalCode, String city, String country) {
    }

    PlaceOrder toCommand() {
        Address a = shippingAddress;
        return new PlaceOrder(cartToken, email, a == null ? null
                : new PlaceOrder.Address(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country()),
                shippingMethod, couponCode, paymentToken);
    }
}
