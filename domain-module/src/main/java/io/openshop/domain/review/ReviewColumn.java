package io.openshop.domain.review;

import io.openshop.domain.shared.Sort;

/** The columns the review queue can be sorted by; oldest first (the order moderation works through) unless staff choose. */
public enum ReviewColumn implements Sort.Column {

    WRITTEN,
    RATING;

    /** The order a grid shows before staff choose one. */
    public static final Sort<ReviewColumn> DEFAULT = Sort.ascending(WRITTEN);
}
