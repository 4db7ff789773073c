/** Checkout rules: prices with tax and the one rounding policy, discounts from coupons, shipping zones, methods and rates. */
package io.openshop.domain.checkout;
