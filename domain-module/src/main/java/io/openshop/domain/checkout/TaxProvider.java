package io.openshop.domain.checkout;

import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tax calculation service (port). It answers with rates, never amounts: the shop applies
 * them with its one rounding policy ({@link Pricing}), so lines always add up to the totals.
 * Optional for the shop: an empty answer means the shop's own rates apply.
 */
public interface TaxProvider {

    /** The rate of each line (by SKU) and of shipping for goods going to this address; empty when there is no answer in time. */
    Optional<Rates> rates(PostalAddress to, List<PricingLine> lines, Money shipping);

    /** Rates as fractions (0.19 for 19 %), by SKU, and the rate on shipping. */
    record Rates(Map<String, BigDecimal> lines, BigDecimal shipping) {

        public Rates {
            lines = Map.copyOf(lines);
            if (shipping == null || shipping.signum() < 0 || lines.values().stream().anyMatch(r -> r == null || r.signum() < 0)) {
                throw new IllegalArgumentException("tax rates are zero or more");
            }
        }
    }
}
