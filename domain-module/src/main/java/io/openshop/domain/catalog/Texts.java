package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

/** Rules for the free text the catalog keeps: names are trimmed, non-blank and bounded. */
final class Texts {

    static final int MAX_DESCRIPTION_LENGTH = 10_000;

    private Texts() {
    }

    static String requireName(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "must be 1 to " + maxLength + " characters");
        }
        return trimmed;
    }

    static String optional(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return trimmed;
    }
}
