package io.openshop.domain.identity;

/** What the audit log records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_REFUSED_LOCKED,
    LOGIN_REFUSED_ADDRESS,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    LOGOUT,
    DATA_EXPORTED,
    DATA_ERASED,
    DATA_REENCRYPTED,
    RETURN_REQUESTED,
    RETURN_RECEIVED,
    REFUND_ISSUED
}
