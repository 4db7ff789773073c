/** Checkout rules: prices with tax and the one rounding policy, shipping zones, methods and rates, idempotency of requests. Coupons are in promotion. */
package io.openshop.domain.checkout;
