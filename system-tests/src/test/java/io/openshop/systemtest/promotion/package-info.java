/** Coupons: staff define them, shoppers use them at checkout, and their usage limits hold under a rush. */
package io.openshop.systemtest.promotion;
