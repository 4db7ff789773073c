/** Payment gateways (the built-in test gateway and a Stripe PaymentIntents adapter, chosen by configuration) and payments in PostgreSQL. */
package io.openshop.service.payment.infrastructure;
