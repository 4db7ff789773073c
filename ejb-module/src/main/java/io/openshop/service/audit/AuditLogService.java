package io.openshop.service.audit;

import io.openshop.domain.audit.AuditColumn;
import io.openshop.domain.audit.AuditQuery;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Reading the audit log: ADMIN only. The log holds every sign-in with its remote address, role
 * changes, refunds and personal-data exports of all accounts; support staff need none of it to
 * help a customer, so least privilege leaves them out.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLogService {

    @Inject
    AuditTrail trail;

    /** The entries matching the query in the order asked (newest first by default), one page at a time. */
    public Page<AuditRecord> search(AuditQuery query, Sort<AuditColumn> sort, PageRequest page) {
        return trail.find(query, sort, page);
    }
}
