package io.openshop.domain.review;

import io.openshop.domain.shared.DomainException;

/** A moderator asked for a move the review cannot make from where it is (publishing it twice, say). */
public class IllegalModerationException extends DomainException {

    public IllegalModerationException(long id, ReviewStatus from, ReviewStatus to) {
        super("Review " + id + " is " + from + " and cannot become " + to);
    }
}
