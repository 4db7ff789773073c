package io.openshop.domain.audit;

import java.util.Map;

/**
 * One line of the append-only audit log: who did what to what, the state before and after
 * (null where it does not apply) and the remote address the request came from.
 */
public record AuditEntry(String actor, AuditAction action, String target, Map<String, String> before,
                         Map<String, String> after, String remoteAddress) {

    public AuditEntry {
        if (actor == null || actor.isBlank()) {
            actor = "anonymous";
        }
        if (action == null) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        before = before == null ? null : Map.copyOf(before);
        after = after == null ? null : Map.copyOf(after);
    }
}
