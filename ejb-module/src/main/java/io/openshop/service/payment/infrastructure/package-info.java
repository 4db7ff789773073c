/** Payment gateways (the built-in test gateway) and payments in PostgreSQL. */
package io.openshop.service.payment.infrastructure;
