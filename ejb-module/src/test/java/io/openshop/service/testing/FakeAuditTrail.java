package io.openshop.service.testing;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditQuery;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.List;

/** The audit entries recorded, in order; reading the log back is the database's job. */
public final class FakeAuditTrail implements AuditTrail {

    public final List<AuditEntry> entries = new ArrayList<>();

    public List<AuditAction> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public Page<AuditRecord> find(AuditQuery query, io.openshop.domain.shared.Sort<io.openshop.domain.audit.AuditColumn> sort,
                                  PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }
}
