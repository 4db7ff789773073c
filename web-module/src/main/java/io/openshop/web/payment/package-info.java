/** Payments over REST: staff capture and refund orders; the payment provider's webhook endpoint. */
package io.openshop.web.payment;
