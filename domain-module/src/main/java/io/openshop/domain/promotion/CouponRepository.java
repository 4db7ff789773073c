package io.openshop.domain.promotion;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Where coupons and their redemptions are kept. */
public interface CouponRepository {

    Optional<Coupon> coupon(String code);

    /** The coupons whose code starts with {@code codePrefix} (all when blank), one page in the order asked. */
    Page<Coupon> coupons(String codePrefix, Sort<CouponColumn> sort, PageRequest page);

    void add(Coupon coupon);

    /** Writes pending changes now, so that a broken constraint is seen by the caller. */
    void flush();

    /**
     * Takes one use of a coupon by an atomic conditional update; false when every use is taken
     * (exactly usage_limit callers ever get true).
     */
    boolean takeUse(long couponId);

    /** Records which order used a coupon (one coupon per order). */
    void recordRedemption(long couponId, long orderId, OffsetDateTime at);
}
