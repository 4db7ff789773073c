/** The append-only audit log in PostgreSQL, written by plain JDBC in the caller's transaction. */
package io.openshop.service.audit.infrastructure;
