/** The outbox in PostgreSQL and the Jakarta Mail client for the configured SMTP server. */
package io.openshop.service.mail.infrastructure;
