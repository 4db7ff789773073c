package io.openshop.web.review;

import io.openshop.domain.review.RatingSummary;
import io.openshop.service.review.ReviewPage;
import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A page of a product's published reviews, newest first, with the count and average rating of all
 * of them. {@code next} is the cursor for the following page, absent on the last.
 */
@JsonbNillable(false)
public record ReviewsResponse(Summary summary, List<ReviewResponse> items, String next) {

    /** How many published reviews the product has and their average rating (absent when none). */
    @JsonbNillable(false)
    public record Summary(long count, BigDecimal average) {

        static Summary of(RatingSummary s) {
            return new Summary(s.count(), s.average());
        }
    }

    static ReviewsResponse of(ReviewPage page) {
        return new ReviewsResponse(Summary.of(page.summary()), page.items().stream().map(ReviewResponse::of).toList(), page.next());
    }
}
