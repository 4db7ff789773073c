/** Checkout on the web: the checkout API (an order from a cart under an Idempotency-Key) and the storefront's checkout steps and confirmation page. */
package io.openshop.web.checkout;
