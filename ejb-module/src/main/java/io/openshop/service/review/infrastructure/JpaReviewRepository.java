package io.openshop.service.review.infrastructure;

import io.openshop.domain.catalog.Product;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.review.AlreadyReviewedException;
import io.openshop.domain.review.RatingSummary;
import io.openshop.domain.review.Review;
import io.openshop.domain.review.ReviewColumn;
import io.openshop.domain.review.ReviewCursor;
import io.openshop.domain.review.ReviewRepository;
import io.openshop.domain.review.ReviewStatus;
import io.openshop.domain.shared.ConcurrentChangeException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reviews in PostgreSQL. Published pages and the summary run on the partial index
 * {@code product_review_published_idx} (V050); the queue on {@code product_review_pending_idx}.
 */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    private static final String ENTRY = "select r, u.displayName, p.name, p.slug from Review r, UserAccount u, Product p"
            + " where u.id = r.customerId and p.id = r.productId";

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void add(Review review) {
        try {
            em.persist(review);
            em.flush(); // a concurrent second review meets the unique key here, inside the use case
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new AlreadyReviewedException();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Review> find(long id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    @Override
    public void moderated(Review review) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Review", review.getId());
        }
    }

    @Override
    public ReviewEntry entryOf(Review review) {
        UserAccount author = em.find(UserAccount.class, review.getCustomerId());
        Product product = em.find(Product.class, review.getProductId());
        return new ReviewEntry(review, author == null ? "" : author.getDisplayName(), product.getName(), product.getSlug().value());
    }

    @Override
    public Optional<Review> byCustomer(long productId, long customerId) {
        return em.createQuery("select r from Review r where r.productId = :product and r.customerId = :customer", Review.class)
                .setParameter("product", productId).setParameter("customer", customerId)
                .getResultStream().findFirst();
    }

    @Override
    public List<ReviewEntry> writtenBy(long customerId) {
        return em.createQuery(ENTRY + " and r.customerId = :customer order by r.createdAt desc, r.id desc", Object[].class)
                .setParameter("customer", customerId).getResultList().stream().map(JpaReviewRepository::entry).toList();
    }

    @Override
    public int removeAllOf(long customerId) {
        return em.createQuery("delete from Review r where r.customerId = :customer").setParameter("customer", customerId).executeUpdate();
    }

    @Override
    public boolean delivered(String email, long productId) {
        Object found = em.createNativeQuery("select exists (select 1 from customer_order o"
                        + " join order_line l on l.order_id = o.id join product_variant v on v.id = l.variant_id"
                        + " where lower(o.email) = lower(?1) and o.status = 'DELIVERED' and v.product_id = ?2)")
                .setParameter(1, email).setParameter(2, productId).getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    @Override
    public List<ReviewEntry> published(long productId, ReviewCursor after, int limit) {
        String keyset = after == null ? ""
                : " and (r.createdAt < :at or (r.createdAt = :at and r.id < :id))";
        TypedQuery<Object[]> q = em.createQuery(ENTRY + " and r.productId = :product and r.status = :status" + keyset
                        + " order by r.createdAt desc, r.id desc", Object[].class)
                .setParameter("product", productId).setParameter("status", ReviewStatus.PUBLISHED)
                .setMaxResults(limit);
        if (after != null) {
            q.setParameter("at", after.createdAt().atOffset(ZoneOffset.UTC)).setParameter("id", after.id());
        }
        return q.getResultList().stream().map(JpaReviewRepository::entry).toList();
    }

    @Override
    public RatingSummary summary(long productId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), avg(rating) from product_review"
                        + " where product_id = ?1 and status = 'PUBLISHED'")
                .setParameter(1, productId).getSingleResult();
        long count = ((Number) row[0]).longValue();
        return count == 0 ? RatingSummary.NONE : new RatingSummary(count, new BigDecimal(row[1].toString()));
    }

    @Override
    public Page<ReviewEntry> inStatus(ReviewStatus status, Sort<ReviewColumn> sort, PageRequest page) {
        Sort<ReviewColumn> order = sort == null ? ReviewColumn.DEFAULT : sort;
        String direction = order.descending() ? " desc" : " asc";
        String column = switch (order.column()) { // a queue is small: the pending one has its own index on (created_at, id)
            case WRITTEN -> "r.createdAt";
            case RATING -> "r.rating";
        };
        List<ReviewEntry> items = em.createQuery(ENTRY + " and r.status = :status order by " + column + direction + ", r.id" + direction,
                        Object[].class)
                .setParameter("status", status)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(JpaReviewRepository::entry).toList();
        long total = em.createQuery("select count(r) from Review r where r.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static ReviewEntry entry(Object[] row) {
        return new ReviewEntry((Review) row[0], (String) row[1], (String) row[2], row[3].toString());
    }
}
