package io.openshop.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * An email in the outbox: written in the transaction that decided to send it, delivered after
 * that commit, marked sent once. Rows are inserted by {@link MailRepository#add}, unique per
 * dedupe key; aggregate root.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    private Long id;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 200)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", updatable = false)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public boolean isSent() {
        return sentAt != null;
    }

    /** The SMTP server took it; never sent again. */
    public void markSent(OffsetDateTime now) {
        if (sentAt != null) {
            throw new IllegalStateException("mail " + id + " was sent at " + sentAt);
        }
        sentAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    /** The HTML alternative, or null for a plain-text email. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
