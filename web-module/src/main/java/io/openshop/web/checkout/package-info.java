/** The checkout API: placing an order from a cart under an Idempotency-Key. */
package io.openshop.web.checkout;
