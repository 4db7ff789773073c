package io.openshop.domain.review;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One customer's review of one product: a rating of 1 to 5 stars, a title and a text. It waits
 * for a moderator before shoppers see it. The product and the customer are other aggregates,
 * referred to by id. Aggregate root.
 */
@Entity
@Table(name = "product_review")
public class Review {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 4000;

    @Id
    @SequenceGenerator(name = "product_review_seq", sequenceName = "product_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_review_seq")
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "verified_purchase", nullable = false, updatable = false)
    private boolean verifiedPurchase;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    @Version
    private long version;

    protected Review() {
        // for JPA
    }

    private Review(long productId, long customerId, boolean verifiedPurchase, int rating, String title, String body, Instant now) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new InvalidInputException("rating", "must be between " + MIN_RATING + " and " + MAX_RATING);
        }
        this.productId = productId;
        this.customerId = customerId;
        this.verifiedPurchase = verifiedPurchase;
        this.rating = rating;
        this.title = TextRules.required("title", title, MAX_TITLE);
        this.body = TextRules.requiredMultiline("body", body, MAX_BODY);
        this.status = ReviewStatus.PENDING;
        // microseconds, as PostgreSQL keeps them, so that a page cursor names exactly this row
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /**
     * A customer's new review, waiting for moderation. A customer reviews a product once:
     * {@code alreadyReviewed} says whether they have (the database's unique key backs it).
     * {@code verifiedPurchase} says whether they received the product in a delivered order.
     */
    public static Review submit(long productId, long customerId, boolean alreadyReviewed, boolean verifiedPurchase,
                                int rating, String title, String body, Instant now) {
        if (alreadyReviewed) {
            throw new AlreadyReviewedException();
        }
        return new Review(productId, customerId, verifiedPurchase, rating, title, body, now);
    }

    /** Shows the review to shoppers. */
    public void publish(String moderator, Instant now) {
        moveTo(ReviewStatus.PUBLISHED, moderator, now);
    }

    /** Keeps the review from shoppers (or takes a published one down). */
    public void reject(String moderator, Instant now) {
        moveTo(ReviewStatus.REJECTED, moderator, now);
    }

    private void moveTo(ReviewStatus to, String moderator, Instant now) {
        if (!status.next().contains(to)) {
            throw new IllegalModerationException(id == null ? 0 : id, status, to);
        }
        if (moderator == null || moderator.isBlank()) {
            throw new IllegalArgumentException("a moderation needs a moderator");
        }
        status = to;
        moderatedBy = moderator.length() <= 254 ? moderator : moderator.substring(0, 254);
        moderatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean isPublished() {
        return status == ReviewStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public int getRating() {
        return rating;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public boolean isVerifiedPurchase() {
        return verifiedPurchase;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getModeratedAt() {
        return moderatedAt == null ? null : moderatedAt.toInstant();
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public long getVersion() {
        return version;
    }
}
