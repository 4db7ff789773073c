package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A price range shoppers filter by: from (inclusive) to (exclusive, open when null). The bands
 * are fixed so that their counts can be computed in one pass and bookmarked by key ("25-50").
 */
public record PriceBand(String key, String label, BigDecimal from, BigDecimal to) {

    public static final List<PriceBand> ALL = List.of(
            band("0", "25"), band("25", "50"), band("50", "100"),
            band("100", "250"), band("250", "500"), band("500", null));

    private static PriceBand band(String from, String to) {
        String label = to == null ? from + " and more" : from + " to " + to;
        return new PriceBand(to == null ? from + "-" : from + "-" + to, label,
                new BigDecimal(from), to == null ? null : new BigDecimal(to));
    }

    public boolean contains(BigDecimal amount) {
        return amount.compareTo(from) >= 0 && (to == null || amount.compareTo(to) < 0);
    }

    /** The band with this key; blank means no price filter. */
    public static Optional<PriceBand> parse(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ALL.stream().filter(b -> b.key.equals(key.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("price", "must be one of the listed price ranges")));
    }
}
