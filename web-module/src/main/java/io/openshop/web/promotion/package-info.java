/** Promotions on the web: the coupons API for staff (the back office page is in web.admin). */
package io.openshop.web.promotion;
