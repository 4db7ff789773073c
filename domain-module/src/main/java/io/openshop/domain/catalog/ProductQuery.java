package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.TextRules;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a shopper asks of the catalog: words to search for, a category (with its subtree), a
 * price band, an order, and where the previous page ended (a keyset cursor, not an offset, so
 * that pages stay stable while products are added).
 *
 * @param text     search words, or blank to browse
 * @param category slug of a category, or null for all
 * @param after    the cursor returned with the previous page, or null for the first page
 * @param currency   the currency prices are shown, filtered and sorted in
 * @param attributes attribute filters, code to value (material = Cotton)
 */
public record ProductQuery(String text, String category, Optional<PriceBand> price, ProductSort sort, String after, int size,
                           Currency currency, Map<String, String> attributes) {

    public static final int MAX_TEXT_LENGTH = 200;

    public ProductQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        TextRules.refuseControlCharacters("q", text, false); // PostgreSQL refuses a NUL in a query parameter too
        category = category == null || category.isBlank() ? null : category.strip();
        price = price == null ? Optional.empty() : price;
        sort = sort == null ? ProductSort.parse(null, !text.isEmpty()) : sort;
        if (sort == ProductSort.RELEVANCE && text.isEmpty()) {
            sort = ProductSort.NEWEST;
        }
        after = after == null || after.isBlank() ? null : after.strip();
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        if (currency == null) {
            throw new InvalidInputException("currency", "is required");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
        if (attributes.size() > 10 || attributes.values().stream().anyMatch(v -> v == null || v.isBlank() || v.length() > 200)) {
            throw new InvalidInputException("attributes", "at most 10 attribute filters, each with a value of 1 to 200 characters");
        }
    }

    /** Parses the parameters as they come from a URL. */
    public static ProductQuery of(String text, String category, String price, String sort, String after, int size,
                                  Currency currency, Map<String, String> attributes) {
        String words = text == null ? "" : text.strip();
        return new ProductQuery(words, category, PriceBand.parse(price), ProductSort.parse(sort, !words.isEmpty()), after,
                size, currency, attributes);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public ProductQuery withCategory(String slug) {
        return new ProductQuery(text, slug, price, sort, null, size, currency, attributes);
    }
}
