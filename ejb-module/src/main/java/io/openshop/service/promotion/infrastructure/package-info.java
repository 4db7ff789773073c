/** Coupons and their redemptions in PostgreSQL. */
package io.openshop.service.promotion.infrastructure;
