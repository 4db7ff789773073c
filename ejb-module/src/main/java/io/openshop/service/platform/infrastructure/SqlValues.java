package io.openshop.service.platform.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Turns the values native queries return into the shop's types, whichever form the JDBC driver chose. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column's value as an instant. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + value);
    }

    /** A {@code timestamptz} column's value in UTC. */
    public static OffsetDateTime utc(Object value) {
        return instant(value).atOffset(ZoneOffset.UTC);
    }

    /** Typed text taken literally in a LIKE pattern (with {@code escape '\\'}): its %, _ and \\ are not wildcards. */
    public static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A nullable number column's value as an int (0 when null). */
    public static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
