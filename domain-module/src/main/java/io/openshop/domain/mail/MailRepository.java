package io.openshop.domain.mail;

import java.util.Optional;

/** Where outgoing email waits. */
public interface MailRepository {

    /**
     * Adds an email unless one with this dedupe key exists (the unique key decides, also between
     * concurrent transactions); returns the new row's id, or empty for a duplicate.
     */
    Optional<Long> add(String dedupeKey, String recipient, String subject, String bodyText, String bodyHtml);

    /** The email, locked until the end of the transaction. */
    Optional<OutboxMail> lock(long id);

    Optional<OutboxMail> byId(long id);
}
