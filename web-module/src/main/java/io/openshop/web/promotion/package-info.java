/** Promotions on the web: the coupons API for staff and the back office's coupons page (/admin/coupons.xhtml). */
package io.openshop.web.promotion;
