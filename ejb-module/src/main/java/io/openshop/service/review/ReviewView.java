package io.openshop.service.review;

import io.openshop.domain.review.Review;
import io.openshop.domain.review.ReviewRepository;
import io.openshop.domain.review.ReviewStatus;

import java.io.Serializable;
import java.time.Instant;

/** A review as the boundaries hand it out: its text as typed (escaping is the view's job), with author and product. */
public record ReviewView(long id, String productSlug, String productName, String author, int rating, String title,
                         String body, ReviewStatus status, boolean verifiedPurchase, Instant createdAt, long version) implements Serializable {

    static ReviewView of(ReviewRepository.ReviewEntry e) {
        Review r = e.review();
        return new ReviewView(r.getId(), e.productSlug(), e.productName(), e.author(), r.getRating(), r.getTitle(), r.getBody(),
                r.getStatus(), r.isVerifiedPurchase(), r.getCreatedAt(), r.getVersion());
    }
}
