package io.openshop.service.review;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.review.RatingSummary;
import io.openshop.domain.review.Review;
import io.openshop.domain.review.ReviewColumn;
import io.openshop.domain.review.ReviewCursor;
import io.openshop.domain.review.ReviewRepository;
import io.openshop.domain.review.ReviewStatus;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.identity.CurrentAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product reviews. Any signed-in customer may review a product once; the review is marked a
 * verified purchase when their (verified) email received the product in a delivered order.
 * Shoppers see published reviews only; staff who look after the catalog or the customers
 * (ADMIN, CATALOG_MANAGER, SUPPORT) publish or reject them, and every such decision is audited.
 */
@Stateless
public class ReviewService {

    public static final int MAX_PAGE = 50;

    @Inject
    ReviewRepository reviews;

    @Inject
    CatalogRepository catalog;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentAccount current;

    /** A page of the product's published reviews, newest first, with its rating summary. */
    @PermitAll
    public ReviewPage published(String productSlug, String after, int size) {
        return published(product(productSlug).getId(), ReviewCursor.parse(after), size);
    }

    /** The same by product id, for pages that have the product already. */
    @PermitAll
    public ReviewPage published(long productId, ReviewCursor after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE);
        }
        List<ReviewRepository.ReviewEntry> rows = reviews.published(productId, after, size + 1);
        boolean more = rows.size() > size;
        List<ReviewView> items = rows.stream().limit(size).map(ReviewView::of).toList();
        String next = more ? new ReviewCursor(items.get(size - 1).createdAt(), items.get(size - 1).id()).encode() : null;
        return new ReviewPage(reviews.summary(productId), items, next);
    }

    @PermitAll
    public RatingSummary summary(long productId) {
        return reviews.summary(productId);
    }

    /** The signed-in customer reviews a product; it waits for moderation. A second review of it is refused. */
    @RolesAllowed(Roles.CUSTOMER)
    public ReviewView submit(String productSlug, ReviewDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("review", "is required");
        }
        if (draft.rating() == null) {
            throw new InvalidInputException("rating", "is required");
        }
        Product product = product(productSlug);
        UserAccount me = current.get();
        boolean verified = me.isEmailVerified() && reviews.delivered(me.getEmail().value(), product.getId());
        Review review = Review.submit(product.getId(), me.getId(), reviews.byCustomer(product.getId(), me.getId()).isPresent(),
                verified, draft.rating(), draft.title(), draft.body(), Instant.now());
        reviews.add(review);
        return ReviewView.of(new ReviewRepository.ReviewEntry(review, me.getDisplayName(), product.getName(), product.getSlug().value()));
    }

    /** The signed-in customer's own review of the product, whatever its status, if they wrote one. */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<ReviewView> mine(long productId) {
        UserAccount me = current.get();
        return reviews.byCustomer(productId, me.getId())
                .map(r -> ReviewView.of(new ReviewRepository.ReviewEntry(r, me.getDisplayName(), null, null)));
    }

    /** Reviews in a status (the moderation queue is PENDING), in the order asked (oldest first by default). */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT})
    public Page<ReviewView> queue(ReviewStatus status, Sort<ReviewColumn> sort, PageRequest page) {
        return reviews.inStatus(status == null ? ReviewStatus.PENDING : status, sort, page).map(ReviewView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT})
    public ReviewView publish(long id, String remoteAddress) {
        return moderate(id, ReviewStatus.PUBLISHED, remoteAddress);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT})
    public ReviewView reject(long id, String remoteAddress) {
        return moderate(id, ReviewStatus.REJECTED, remoteAddress);
    }

    private ReviewView moderate(long id, ReviewStatus to, String remoteAddress) {
        Review review = reviews.find(id).orElseThrow(() -> new NotFoundException("Review", Long.toString(id)));
        ReviewStatus before = review.getStatus();
        String moderator = current.name();
        if (to == ReviewStatus.PUBLISHED) {
            review.publish(moderator, Instant.now());
        } else {
            review.reject(moderator, Instant.now());
        }
        reviews.moderated(review);
        audit.record(new AuditEntry(moderator, to == ReviewStatus.PUBLISHED ? AuditAction.REVIEW_PUBLISHED : AuditAction.REVIEW_REJECTED,
                "review:" + id, Map.of("status", before.name()),
                Map.of("status", to.name(), "productId", Long.toString(review.getProductId())),
                clip(remoteAddress)));
        return ReviewView.of(reviews.entryOf(review));
    }

    private static String clip(String remoteAddress) {
        return remoteAddress == null || remoteAddress.length() <= 64 ? remoteAddress : remoteAddress.substring(0, 64);
    }

    private Product product(String slug) {
        Slug parsed;
        try {
            parsed = new Slug(slug);
        } catch (InvalidInputException e) {
            throw new NotFoundException("Product", slug);
        }
        // Shoppers read and write reviews of what they can see: not of a draft or unpublished product.
        return catalog.productBySlug(parsed).filter(Product::isPublished).orElseThrow(() -> new NotFoundException("Product", slug));
    }

}
