package io.openshop.domain.audit;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;

/** Where audit entries are appended; nothing ever changes or removes one. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The entries matching a query, in the order asked. */
    Page<AuditRecord> find(AuditQuery query, Sort<AuditColumn> sort, PageRequest page);
}
