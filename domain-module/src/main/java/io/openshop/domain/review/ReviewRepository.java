package io.openshop.domain.review;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;

import java.util.List;
import java.util.Optional;

/** Where reviews are kept, and the reads shoppers and moderators make of them. */
public interface ReviewRepository {

    /** Stores a new review; a second review of the same product by the same customer is an {@link AlreadyReviewedException}. */
    void add(Review review);

    Optional<Review> find(long id);

    /**
     * Writes a moderation now, so that a moderator who decided on the same review at the same
     * moment is refused with a {@code ConcurrentChangeException} rather than overwritten.
     */
    void moderated(Review review);

    /** The review with its author's display name and its product's name and slug. */
    ReviewEntry entryOf(Review review);

    Optional<Review> byCustomer(long productId, long customerId);

    /** Every review the customer wrote, whatever its status, newest first (for their data export). */
    List<ReviewEntry> writtenBy(long customerId);

    /** Removes every review the customer wrote (erasure); returns how many there were. */
    int removeAllOf(long customerId);

    /** Whether this email received the product (any of its variants) in an order that was delivered. */
    boolean delivered(String email, long productId);

    /** A product's published reviews, newest first, after the cursor (from the start when null), at most {@code limit}. */
    List<ReviewEntry> published(long productId, ReviewCursor after, int limit);

    /** Count and average rating of a product's published reviews. */
    RatingSummary summary(long productId);

    /** Reviews in this status, in the order asked, for moderators. */
    Page<ReviewEntry> inStatus(ReviewStatus status, Sort<ReviewColumn> sort, PageRequest page);

    /** A review as it is listed: with its author's display name and its product's name and slug. */
    record ReviewEntry(Review review, String author, String productName, String productSlug) {
    }
}
