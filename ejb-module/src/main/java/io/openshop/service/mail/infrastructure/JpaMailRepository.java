package io.openshop.service.mail.infrastructure;

import io.openshop.domain.mail.MailRepository;
import io.openshop.domain.mail.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The outbox in PostgreSQL. */
@ApplicationScoped
public class JpaMailRepository implements MailRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Optional<Long> add(String dedupeKey, String recipient, String subject, String bodyText, String bodyHtml) {
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key, then yields nothing
        List<?> id = em.createNativeQuery("insert into mail_outbox (dedupe_key, recipient, subject, body_text, body_html)"
                        + " values (?1, ?2, ?3, ?4, nullif(?5, '')) on conflict (dedupe_key) do nothing returning id")
                .setParameter(1, dedupeKey).setParameter(2, recipient).setParameter(3, subject)
                .setParameter(4, bodyText).setParameter(5, bodyHtml == null ? "" : bodyHtml)
                .getResultList();
        return id.isEmpty() ? Optional.empty() : Optional.of(((Number) id.get(0)).longValue());
    }

    @Override
    public Optional<OutboxMail> lock(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public int eraseRecipient(String recipient, String placeholder) {
        em.createNativeQuery("update workflow_step set status = 'DONE', done_at = clock_timestamp(),"
                        + " last_error = 'not sent: the recipient was erased' where kind = 'SEND_MAIL' and status <> 'DONE'"
                        + " and subject_id in (select id from mail_outbox where lower(recipient) = lower(?1) and sent_at is null)")
                .setParameter(1, recipient).executeUpdate();
        return em.createNativeQuery("update mail_outbox set recipient = ?2, subject = '(erased)', body_text = '(erased)',"
                        + " body_html = null, version = version + 1 where lower(recipient) = lower(?1)")
                .setParameter(1, recipient).setParameter(2, placeholder).executeUpdate();
    }

    @Override
    public Optional<OutboxMail> byId(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }
}
