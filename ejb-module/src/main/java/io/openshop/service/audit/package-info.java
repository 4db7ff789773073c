/** The audit trail: every capability records what staff and customers did through AuditTrail; ADMIN reads it filtered and paged. */
package io.openshop.service.audit;
