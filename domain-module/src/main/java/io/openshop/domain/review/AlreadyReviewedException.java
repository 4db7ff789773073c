package io.openshop.domain.review;

import io.openshop.domain.shared.DomainException;

/** A customer tried to review a product a second time; they have one review per product. */
public class AlreadyReviewedException extends DomainException {

    public AlreadyReviewedException() {
        super("You have already reviewed this product");
    }
}
