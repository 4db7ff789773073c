/** Promotion use cases: staff define, list, deactivate and reactivate the coupons that shoppers use at checkout. */
package io.openshop.service.promotion;
