package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.util.Locale;

/**
 * Whether shoppers see a product. A product made in the back office starts as a draft; only a
 * published product is listed, found, shown and sold; unpublishing takes it off the storefront
 * (carts that hold it can no longer check it out) without losing anything staff entered.
 */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED;

    /**
     * The status a caller named (any case), or {@code fallback} when none was named.
     *
     * @throws InvalidInputException naming {@code field} when the text is no status
     */
    public static ProductStatus parse(String field, String text, ProductStatus fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of DRAFT, PUBLISHED, UNPUBLISHED");
        }
    }
}
