package io.openshop.web.review;

import io.openshop.service.review.ReviewView;

import java.time.Instant;

/** One review. Title and body are the customer's text as typed: clients must escape them wherever they show them. */
public record ReviewResponse(long id, String product, String author, int rating, String title, String body, String status,
                             boolean verifiedPurchase, Instant createdAt) {

    static ReviewResponse of(ReviewView r) {
        return new ReviewResponse(r.id(), r.productSlug(), r.author(), r.rating(), r.title(), r.body(), r.status().name(),
                r.verifiedPurchase(), r.createdAt());
    }
}
