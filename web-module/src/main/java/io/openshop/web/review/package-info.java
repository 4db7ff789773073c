/** Reviews on the web: the product page's reviews and form, the reviews API, and the back office's moderation queue. */
package io.openshop.web.review;
