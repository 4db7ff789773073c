/** Checkout through the API and in the browser: server-side prices and totals, idempotent retries. */
package io.openshop.systemtest.checkout;
