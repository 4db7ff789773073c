package io.openshop.service.mail;

import io.openshop.domain.mail.MailRepository;
import io.openshop.domain.workflow.StepKind;
import io.openshop.service.workflow.StepScheduler;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one way to send email. {@link #enqueue} writes the email in the caller's transaction,
 * together with its delivery step and that step's JMS message: if the caller's transaction rolls
 * back, there is no email; if it commits, the mail queue's message-driven bean sends it through
 * SMTP afterwards, retrying with backoff and parking it for staff after the last attempt.
 */
@Stateless
@PermitAll
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    MailRepository mails;

    @Inject
    StepScheduler scheduler;

    /**
     * Queues the email unless one with the same dedupe key was queued before (then nothing
     * happens). Returns true when it was queued. Runs in the caller's transaction (or its own
     * when there is none).
     */
    public boolean enqueue(OutgoingMail mail) {
        Optional<Long> id = mails.add(mail.dedupeKey(), mail.recipient().value(), mail.subject(), mail.text(), mail.html());
        if (id.isEmpty()) {
            LOG.fine(() -> "Email " + mail.dedupeKey() + " was queued before; not again");
            return false;
        }
        scheduler.schedule(StepKind.SEND_MAIL, id.get());
        return true;
    }
}
