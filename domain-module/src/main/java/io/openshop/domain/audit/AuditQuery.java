package io.openshop.domain.audit;

import io.openshop.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * What to look for in the audit log; every part is optional. Actor and target match whole
 * values, whatever their case; the time range includes {@code from} and excludes {@code to}.
 */
public record AuditQuery(String actor, AuditAction action, String target, Instant from, Instant to) implements Serializable {

    public AuditQuery {
        actor = blankToNull(actor);
        target = blankToNull(target);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
    }

    /** The query with the action given by its name (null or blank for any). */
    public static AuditQuery of(String actor, String action, String target, Instant from, Instant to) {
        AuditAction parsed = null;
        if (action != null && !action.isBlank()) {
            try {
                parsed = AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("action", "must be one of the audit log's actions, such as LOGIN or ROLE_GRANTED");
            }
        }
        return new AuditQuery(actor, parsed, target, from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
