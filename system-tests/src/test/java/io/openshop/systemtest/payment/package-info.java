/** Payments against a stand-in that speaks Stripe's protocol: the gateway's requests and the signed webhooks. */
package io.openshop.systemtest.payment;
