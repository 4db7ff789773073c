package io.openshop.domain.audit;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

/** Where audit entries are appended; nothing ever changes or removes one. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The entries matching a query, newest first. */
    Page<AuditRecord> find(AuditQuery query, PageRequest page);
}
