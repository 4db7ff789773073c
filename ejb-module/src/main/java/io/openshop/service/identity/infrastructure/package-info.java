/** Accounts, login attempts, the address book and encrypted personal data in PostgreSQL. */
package io.openshop.service.identity.infrastructure;
