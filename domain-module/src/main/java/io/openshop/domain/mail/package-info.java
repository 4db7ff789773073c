/** Email waiting in the transactional outbox until the SMTP server has taken it. OutboxMail is the aggregate root. */
package io.openshop.domain.mail;
