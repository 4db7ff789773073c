package io.openshop.web.review;

import io.openshop.service.review.ReviewDraft;

/** A review as a customer sends it; an author, status or product in the body is ignored. */
public record ReviewRequest(Integer rating, String title, String body) {

    ReviewDraft draft() {
        return new ReviewDraft(rating, title, body);
    }
}
