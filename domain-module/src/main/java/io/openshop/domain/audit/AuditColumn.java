package io.openshop.domain.audit;

import io.openshop.domain.shared.Sort;

/** How the audit log can be ordered: by time, newest first unless staff choose. */
public enum AuditColumn implements Sort.Column {

    AT;

    /** The order a grid shows before staff choose one. */
    public static final Sort<AuditColumn> DEFAULT = Sort.descending(AT);
}
