package io.openshop.service.review;

import io.openshop.domain.review.RatingSummary;

import java.util.List;

/**
 * A page of a product's published reviews, newest first, with the product's rating summary.
 *
 * @param next the cursor for the following page; null on the last page
 */
public record ReviewPage(RatingSummary summary, List<ReviewView> items, String next) {

    public ReviewPage {
        items = List.copyOf(items);
    }
}
