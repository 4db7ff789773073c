/** Product reviews: a customer's rating and words about a product, moderated before shoppers see them. Review is the aggregate root. */
package io.openshop.domain.review;
