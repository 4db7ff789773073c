/** Accounts: sign-up, sign-in (with two factors), email verification, password reset, profile, address book, data export and erasure, staff administration. */
package io.openshop.systemtest.identity;
