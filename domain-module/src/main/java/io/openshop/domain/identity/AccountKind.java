package io.openshop.domain.identity;

/** Whether an account belongs to a shopper or to the shop's staff; they never mix roles. */
public enum AccountKind {
    STAFF,
    CUSTOMER
}
