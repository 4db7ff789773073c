package io.openshop.domain.review;

import java.util.Set;

/**
 * Where a review stands in moderation. A new review waits (PENDING); staff publish or reject it,
 * and may later take a published review down or publish a rejected one after all.
 */
public enum ReviewStatus {
    PENDING,
    PUBLISHED,
    REJECTED;

    /** The statuses a moderator may move a review in this status to. */
    public Set<ReviewStatus> next() {
        return switch (this) {
            case PENDING -> Set.of(PUBLISHED, REJECTED);
            case PUBLISHED -> Set.of(REJECTED);
            case REJECTED -> Set.of(PUBLISHED);
        };
    }
}
