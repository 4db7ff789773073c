package io.openshop.service.mail;

import io.openshop.domain.mail.MailRepository;
import io.openshop.domain.mail.OutboxMail;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.mail.infrastructure.SmtpMailer;
import io.openshop.service.workflow.StepHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The SEND_MAIL step: the email's row is locked, sent through SMTP and marked sent in the same
 * transaction, so a second delivery of its message waits and then finds it sent. The one gap: a
 * crash after the SMTP server accepted it and before the commit sends it again on retry (with the
 * same Message-ID, so mail systems that deduplicate by it show it once).
 */
@ApplicationScoped
public class MailDelivery implements StepHandler {

    @Inject
    MailRepository mails;

    @Inject
    SmtpMailer smtp;

    @Inject
    Event<Attempt> attempts;

    /** What became of one attempt to send an email, for {@link MailMetrics}. */
    public sealed interface Attempt {
        /** The SMTP server took the email. */
        record Sent(long mailId) implements Attempt {
        }

        /** It did not; the step fails and is retried or parked. */
        record Failed(long mailId) implements Attempt {
        }
    }

    @Override
    public StepKind kind() {
        return StepKind.SEND_MAIL;
    }

    @Override
    public void perform(long mailId) {
        OutboxMail mail = mails.lock(mailId).orElseThrow(() -> new IllegalStateException("no email " + mailId + " in the outbox"));
        if (mail.isSent()) {
            return;
        }
        try {
            smtp.send(mail);
        } catch (RuntimeException e) {
            attempts.fire(new Attempt.Failed(mailId));
            throw e;
        }
        mail.markSent(OffsetDateTime.now(ZoneOffset.UTC));
        attempts.fire(new Attempt.Sent(mailId));
    }

    @Override
    public String describe(long mailId) {
        return mails.byId(mailId).map(m -> "email " + m.getDedupeKey()).orElse("email #" + mailId);
    }
}
