package io.openshop.service.mail;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;

/**
 * An email to queue: one recipient, a subject, a plain-text body, an optional HTML alternative
 * (already escaped by whoever built it, see {@link Html}) and a dedupe key naming the email's
 * reason ("order-confirmation/SO-000123", "password-reset/&lt;token id&gt;"): an email with a
 * key that was queued before is not queued again.
 */
public record OutgoingMail(EmailAddress recipient, String subject, String text, String html, String dedupeKey) {

    public OutgoingMail {
        if (recipient == null) {
            throw new InvalidInputException("recipient", "is required");
        }
        subject = subject == null ? "" : subject.strip();
        if (subject.isEmpty() || subject.length() > 200 || subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new InvalidInputException("subject", "must be 1 to 200 characters on one line");
        }
        if (text == null || text.isBlank() || text.length() > 100_000) {
            throw new InvalidInputException("text", "must be 1 to 100,000 characters");
        }
        if (html != null && (html.isBlank() || html.length() > 200_000)) {
            throw new InvalidInputException("html", "is left out, or 1 to 200,000 characters");
        }
        if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 200) {
            throw new InvalidInputException("dedupeKey", "must be 1 to 200 characters");
        }
    }

    /** A plain-text email. */
    public static OutgoingMail plain(EmailAddress recipient, String subject, String text, String dedupeKey) {
        return new OutgoingMail(recipient, subject, text, null, dedupeKey);
    }
}
