/** Identity: customers and staff, their roles, credentials, tokens and address books, and the rules of passwords, staff changes, sign-in throttling and one-time codes. */
package io.openshop.domain.identity;
