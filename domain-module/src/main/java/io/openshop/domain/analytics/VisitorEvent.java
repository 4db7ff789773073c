package io.openshop.domain.analytics;

import io.openshop.domain.shared.TextRules;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a visitor who consented to analytics did, as it is stored: a random visitor id and
 * no other personal data (no account, no email, no address, no order number, no IP address).
 *
 * @param subject what it concerned: a page's path, a product's slug, a SKU, a checkout step;
 *                null when nothing more is needed
 * @param query   a search's words, lower case and at most 100 characters; null for other kinds
 * @param results a search's number of products found; null for other kinds
 */
public record VisitorEvent(UUID visitor, VisitorEventKind kind, Instant at, String subject, String query, Integer results) {

    public static final int SUBJECT_MAX = 200;
    public static final int QUERY_MAX = 100;

    public VisitorEvent {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        subject = clip(subject, SUBJECT_MAX);
        query = clip(query == null ? null : query.toLowerCase(Locale.ROOT), QUERY_MAX);
    }

    /** A text as stored: readable (control characters dropped), trimmed, cut to {@code max}; null when nothing is left. */
    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String readable = TextRules.readable(text).strip();
        if (readable.isEmpty()) {
            return null;
        }
        return readable.length() <= max ? readable : readable.substring(0, max);
    }
}
