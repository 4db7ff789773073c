/** Tax rates, shipping methods and idempotency keys in PostgreSQL. */
package io.openshop.service.checkout.infrastructure;
