package io.openshop.service.promotion.infrastructure;

import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponColumn;
import io.openshop.domain.promotion.CouponRepository;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.platform.infrastructure.EntityPages;
import io.openshop.service.platform.infrastructure.GridOrder;
import io.openshop.service.platform.infrastructure.GridTotals;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coupons in PostgreSQL. A use is taken by one atomic conditional update, never read-then-write,
 * so a coupon's limit holds under any number of concurrent checkouts.
 */
@ApplicationScoped
public class JpaCouponRepository implements CouponRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Optional<Coupon> coupon(String code) {
        return em.createQuery("select c from Coupon c where c.code = :code", Coupon.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Page<Coupon> coupons(String codePrefix, Sort<CouponColumn> sort, PageRequest page) {
        String prefix = codePrefix == null ? "" : codePrefix.strip().toUpperCase(Locale.ROOT);
        String where = prefix.isEmpty() ? "" : " where code like ?1 escape '\\'";
        Sort<CouponColumn> order = sort == null ? CouponColumn.DEFAULT : sort;
        GridOrder terms = switch (order.column()) { // the code is unique; coupons are few beside orders: no index for uses
            case CODE -> GridOrder.of(order, "code", true);
            case USED -> GridOrder.of(order, "times_used", false);
            case CREATED -> GridOrder.of(order, "id", true);
        };
        Query ids = em.createNativeQuery("select id from coupon" + where + " order by " + terms.terms()
                + " offset " + page.offset() + " limit " + page.size());
        List<Object> parameters = prefix.isEmpty() ? List.of() : List.of(SqlValues.likeEscaped(prefix) + "%");
        if (!prefix.isEmpty()) {
            ids.setParameter(1, parameters.get(0));
        }
        return EntityPages.read(em, ids, "select c from Coupon c where c.id in :ids", Coupon.class, Coupon::getId, page,
                GridTotals.total(em, "coupon", where, parameters));
    }

    @Override
    public void add(Coupon coupon) {
        em.persist(coupon);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean takeUse(long couponId) {
        return em.createNativeQuery("update coupon set times_used = times_used + 1, version = version + 1"
                        + " where id = ?1 and (usage_limit is null or times_used < usage_limit)")
                .setParameter(1, couponId).executeUpdate() == 1;
    }

    @Override
    public void recordRedemption(long couponId, long orderId, OffsetDateTime at) {
        em.createNativeQuery("insert into coupon_redemption (coupon_id, order_id, redeemed_at) values (?1, ?2, ?3)")
                .setParameter(1, couponId).setParameter(2, orderId).setParameter(3, at).executeUpdate();
    }
}
