package io.openshop.domain.shared;

/** Rules for short texts people type (names, address lines): trimmed, required, bounded. */
public final class TextRules {

    private TextRules() {
    }

    /** The value trimmed; blank or longer than {@code max} is the caller's error on {@code field}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return v;
    }
}
