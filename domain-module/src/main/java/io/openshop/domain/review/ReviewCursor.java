package io.openshop.domain.review;

import io.openshop.domain.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a page of reviews (newest first) ended: the last review's time and id, opaque to clients.
 * A cursor is checked when read, so a forged one is the caller's error, never a database error.
 */
public record ReviewCursor(Instant createdAt, long id) {

    public ReviewCursor {
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("r|" + micros + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; null or blank means the first page. */
    public static ReviewCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals("r")) {
                throw new IllegalArgumentException("not a review cursor");
            }
            return new ReviewCursor(Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "is not a page position this shop gave out");
        }
    }
}
