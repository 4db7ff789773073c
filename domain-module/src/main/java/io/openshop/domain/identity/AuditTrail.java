package io.openshop.domain.identity;

/** Where audit entries are appended; nothing ever changes or removes one. */
public interface AuditTrail {

    void record(AuditEntry entry);
}
