/** Reviews on the web: the product page's reviews and form, the reviews API, and the back office's moderation queue (/admin/reviews.xhtml). */
package io.openshop.web.review;
