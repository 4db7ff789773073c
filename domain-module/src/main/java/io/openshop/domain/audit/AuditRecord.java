package io.openshop.domain.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log as it is read back: when, who, what, to what, the state before and
 * after as JSON text, and the remote address. A class with getters, so that Faces pages read it.
 */
public final class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant at;
    private final String actor;
    private final String action;
    private final String target;
    private final String before;
    private final String after;
    private final String remoteAddress;

    public AuditRecord(long id, Instant at, String actor, String action, String target, String before, String after,
                       String remoteAddress) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.before = before;
        this.after = after;
        this.remoteAddress = remoteAddress;
    }

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
