/** Accounts, login attempts and the audit log in PostgreSQL. */
package io.openshop.service.identity.infrastructure;
