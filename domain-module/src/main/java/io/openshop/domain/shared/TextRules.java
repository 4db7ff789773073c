package io.openshop.domain.shared;

/**
 * Rules for the texts people type and the shop stores (names, address lines, titles,
 * descriptions): trimmed, required, bounded, and free of control characters.
 *
 * <p>Control characters are refused rather than stripped: a NUL cannot be stored at all
 * (PostgreSQL refuses the byte, so it used to surface as a 500), and the others (escape
 * sequences, backspace, DEL, the C1 range) have no business in a name or a description and
 * would reach every page, email and export that shows the text. One-line texts also refuse
 * line breaks, including U+2028/U+2029, which break a line in browsers and in JavaScript
 * strings like any newline. Multi-line texts (a review's body, a description) keep their line
 * breaks (newline, carriage return, U+2028, U+2029) and tabs.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The value trimmed; blank, longer than {@code max} or holding a control character is the caller's error on {@code field}. */
    public static String required(String field, String value, int max) {
        return bounded(field, value, max, false, "is required", "must be at most " + max + " characters");
    }

    /** Like {@link #required} for a text of several lines: line breaks (also U+2028/U+2029) and tabs are allowed inside. */
    public static String requiredMultiline(String field, String value, int max) {
        return bounded(field, value, max, true, "is required", "must be at most " + max + " characters");
    }

    /**
     * The same rule as {@link #required}, worded "must be 1 to N characters" for a blank or
     * over-long value, as the catalog and the profile have always answered.
     */
    public static String name(String field, String value, int max) {
        String size = "must be 1 to " + max + " characters";
        return bounded(field, value, max, false, size, size);
    }

    /** An optional text of several lines: absent or blank is "", otherwise trimmed, bounded and checked. */
    public static String optionalMultiline(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        refuseControlCharacters(field, v, true);
        return v;
    }

    /**
     * Refuses a text holding a control character: anything in C0 (U+0000–U+001F), DEL and C1
     * (U+007F–U+009F), and the line and paragraph separators; a multi-line text may hold
     * its line breaks (newline, carriage return, U+2028, U+2029) and tabs. For texts another rule already bounds (an attribute's
     * value, a search word).
     */
    public static void refuseControlCharacters(String field, String value, boolean multiline) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029'))) {
                throw new InvalidInputException(field, multiline
                        ? "must not contain control characters (other than line breaks and tabs)"
                        : "must not contain control characters or line breaks");
            }
        }
    }

    /**
     * The text with each control character replaced by U+FFFD, for what the shop records as it
     * was typed without accepting it (the email of a failed sign-in in the audit trail): the
     * record stays storable and shows that something unprintable was sent.
     */
    public static String readable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(isControl(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }

    /** Whether {@code c} is a character no stored one-line text may hold. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }

    private static String bounded(String field, String value, int max, boolean multiline, String blank, String tooLong) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, blank);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, tooLong);
        }
        refuseControlCharacters(field, v, multiline);
        return v;
    }
}
