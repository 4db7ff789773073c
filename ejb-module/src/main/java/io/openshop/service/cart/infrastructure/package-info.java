/** Carts in PostgreSQL. */
package io.openshop.service.cart.infrastructure;
