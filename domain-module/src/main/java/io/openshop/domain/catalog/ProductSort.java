package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders a product listing can be shown in. Relevance needs search words; without them it is newest first. */
public enum ProductSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    PRICE_ASC("price-asc"),
    PRICE_DESC("price-desc");

    private final String key;

    ProductSort(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Parses the URL form ("price-asc"); blank gives the default for the query. */
    public static ProductSort parse(String key, boolean hasText) {
        if (key == null || key.isBlank()) {
            return hasText ? RELEVANCE : NEWEST;
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (ProductSort sort : values()) {
            if (sort.key.equals(wanted)) {
                return sort == RELEVANCE && !hasText ? NEWEST : sort;
            }
        }
        throw new InvalidInputException("sort", "must be one of "
                + Arrays.stream(values()).map(ProductSort::key).collect(Collectors.joining(", ")));
    }
}
