/** Email: the transactional outbox (MailOutbox.enqueue), delivery through SMTP after commit, and HTML escaping for templates. */
package io.openshop.service.mail;
