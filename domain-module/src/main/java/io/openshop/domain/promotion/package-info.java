/** Promotions: coupons (percentage, fixed amount, free shipping) with their validity and use limit. Coupon is the aggregate root. */
package io.openshop.domain.promotion;
