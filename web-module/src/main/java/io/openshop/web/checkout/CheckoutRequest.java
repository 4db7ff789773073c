package io.openshop.web.checkout;

import io.openshop.service.checkout.PlaceOrder;

/**
 * A checkout submission. It carries no prices; any a client adds are ignored, since JSON
 * properties this record does not name are not read.
 */
public record CheckoutRequest(String cartToken, String email, Address shippingAddress, String shippingMethod,
                              String couponCode, String paymentToken) {

    public record Address(String name, String line1, String line2, String postalCode, String city, String country) {

        PlaceOrder.Address toCommand() {
            return new PlaceOrder.Address(name, line1, line2, postalCode, city, country);
        }

        static Address of(io.openshop.domain.shared.PostalAddress a) {
            return new Address(a.getName(), a.getLine1(), a.getLine2(), a.getPostalCode(), a.getCity(), a.getCountry());
        }
    }

    PlaceOrder toCommand() {
        return new PlaceOrder(cartToken, email, shippingAddress == null ? null : shippingAddress.toCommand(),
                shippingMethod, couponCode, paymentToken);
    }
}
