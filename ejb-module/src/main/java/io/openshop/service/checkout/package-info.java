/** Checkout: turning a cart into an order, with server-side prices, stock reservation, coupon and payment in one transaction. */
package io.openshop.service.checkout;
