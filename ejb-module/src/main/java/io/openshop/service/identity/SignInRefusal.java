package io.openshop.service.identity;

import io.openshop.domain.audit.AuditAction;

/**
 * Why a step of a sign-in was refused. The caller never learns which (see {@link SignInResult});
 * the audit log does, and the refusal decides what else happens: whether it counts as a wrong
 * credential towards the account's lock-out, and whether the second step's ticket dies with it.
 */
enum SignInRefusal {

    /** Too many failures from the caller's address lately: nothing about the account is looked at. */
    ADDRESS_THROTTLED(AuditAction.LOGIN_REFUSED_ADDRESS, null, false, false),
    /** No account has this email (or no password was given): the time of a hash is spent anyway. */
    UNKNOWN_ACCOUNT(AuditAction.LOGIN_FAILED, "unknown account", false, false),
    /** The second step came without a ticket that a right password earned, or with an expired one. */
    NO_VALID_TICKET(AuditAction.LOGIN_FAILED, "no valid second-step ticket", false, false),
    /** The account is disabled or locked out for now. */
    LOCKED_OR_DISABLED(AuditAction.LOGIN_REFUSED_LOCKED, null, false, true),
    /** An administrator without two-factor sign-in asked for something only enrolment may give (an API token). */
    ADMIN_WITHOUT_TWO_FACTOR(AuditAction.LOGIN_FAILED, "administrator without two-factor sign-in", false, true),
    /** The password is wrong. */
    WRONG_PASSWORD(AuditAction.LOGIN_FAILED, null, true, false),
    /** The one-time code is wrong, too old or used already; the caller may try another until the account locks. */
    WRONG_CODE(AuditAction.LOGIN_FAILED, "wrong or used one-time code", true, false);

    final AuditAction action;
    /** The reason written to the audit log, where the entry's action alone does not say it. */
    final String reason;
    /** Whether it counts towards the account's lock-out like a wrong password. */
    final boolean countsAgainstAccount;
    /** Whether a second step's ticket is worth nothing after it (a lock-out that it causes ends the ticket too). */
    final boolean endsSecondStep;

    SignInRefusal(AuditAction action, String reason, boolean countsAgainstAccount, boolean endsSecondStep) {
        this.action = action;
        this.reason = reason;
        this.countsAgainstAccount = countsAgainstAccount;
        this.endsSecondStep = endsSecondStep;
    }
}
