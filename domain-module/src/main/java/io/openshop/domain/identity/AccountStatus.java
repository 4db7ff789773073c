package io.openshop.domain.identity;

/** Whether an account may sign in at all (a temporary lock-out is separate, see {@link UserAccount}). */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
