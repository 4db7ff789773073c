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
    public Optional<OutboxMail> byId(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }
}
