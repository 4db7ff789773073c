/** Tax rates, shipping methods, coupons and idempotency keys in PostgreSQL. */
package io.openshop.service.checkout.infrastructure;
