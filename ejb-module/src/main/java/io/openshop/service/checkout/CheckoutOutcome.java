package io.openshop.service.checkout;

import io.openshop.domain.shared.Money;

/**
 * What became of a checkout submission, fired by {@link CheckoutService#placeOrder} for the
 * operators' metrics ({@link CheckoutMetrics}): an order placed (counted once its transaction has
 * committed), or a refusal for a reason the shop's operators watch (counted when it happens).
 */
public sealed interface CheckoutOutcome {

    /** A new order (not an idempotent replay), with what it costs. */
    record Placed(String orderNumber, Money grandTotal) implements CheckoutOutcome {
    }

    /** A checkout the shop refused. */
    record Refused(Reason reason) implements CheckoutOutcome {
    }

    /** Why; the metric's label value is the lower-case name. */
    enum Reason {
        /** The card issuer declined the payment. */
        PAYMENT_DECLINED,
        /** A line wanted more than the warehouses can promise. */
        OUT_OF_STOCK,
        /** The coupon is unknown, not valid now or for this currency, or used up. */
        COUPON
    }
}
