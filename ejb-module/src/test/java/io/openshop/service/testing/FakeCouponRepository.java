package io.openshop.service.testing;

import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coupons by code; a use is taken only while the coupon's limit allows, as the database's guarded update does. */
public final class FakeCouponRepository implements CouponRepository {

    public final List<Coupon> coupons = new ArrayList<>();
    public final Map<Long, Integer> uses = new HashMap<>();
    /** Redemptions as "couponId→orderId". */
    public final List<String> redemptions = new ArrayList<>();
    private long ids;

    public int usesOf(Coupon coupon) {
        return uses.getOrDefault(coupon.getId(), 0);
    }

    @Override
    public Optional<Coupon> coupon(String code) {
        return coupons.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    @Override
    public io.openshop.domain.shared.Page<Coupon> coupons(String codePrefix,
            io.openshop.domain.shared.Sort<io.openshop.domain.promotion.CouponColumn> sort, io.openshop.domain.shared.PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public void add(Coupon coupon) {
        coupons.add(Ids.assign(coupon, ++ids));
    }

    @Override
    public void flush() {
    }

    @Override
    public boolean takeUse(long couponId) {
        Coupon coupon = coupons.stream().filter(c -> c.getId() == couponId).findFirst().orElseThrow();
        int used = uses.getOrDefault(couponId, 0);
        if (coupon.getUsageLimit() != null && used >= coupon.getUsageLimit()) {
            return false;
        }
        uses.put(couponId, used + 1);
        return true;
    }

    @Override
    public void recordRedemption(long couponId, long orderId, OffsetDateTime at) {
        redemptions.add(couponId + "→" + orderId);
    }
}
