/** Identity use cases: sign-in checks with throttling, sign-up, email verification, password reset, profiles, address book, API tokens, two-factor, staff and roles, the first admin, personal data export and erasure. */
package io.openshop.service.identity;
