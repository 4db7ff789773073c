package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Payments and handled provider events in PostgreSQL. */
@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }

    @Override
    public List<Payment> ofOrder(long orderId) {
        return em.createQuery("select p from Payment p where p.orderId = :order order by p.id", Payment.class)
                .setParameter("order", orderId).getResultList();
    }

    @Override
    public Optional<Payment> byReference(String gateway, String reference) {
        return em.createQuery("select p from Payment p where p.gateway = :gateway and p.reference = :reference", Payment.class)
                .setParameter("gateway", gateway).setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public boolean claimEvent(String gateway, String eventId, String type, OffsetDateTime at) {
        // ON CONFLICT DO NOTHING waits for a concurrent delivery of the same event to commit or roll back
        return em.createNativeQuery("insert into payment_event (gateway, event_id, type, received_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (gateway, event_id) do nothing")
                .setParameter(1, gateway).setParameter(2, eventId)
                .setParameter(3, type.length() > 100 ? type.substring(0, 100) : type).setParameter(4, at)
                .executeUpdate() == 1;
    }

    @Override
    public void recordRefund(Payment payment, Money amount, String actor, OffsetDateTime at) {
        em.createNativeQuery("insert into payment_refund (payment_id, order_id, amount, currency, refunded_at, actor)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, payment.getId()).setParameter(2, payment.getOrderId()).setParameter(3, amount.amount())
                .setParameter(4, amount.currency().getCurrencyCode()).setParameter(5, at)
                .setParameter(6, actor.length() > 254 ? actor.substring(0, 254) : actor)
                .executeUpdate();
    }

    @Override
    public void recordOutcome(String gateway, String eventId, String outcome) {
        em.createNativeQuery("update payment_event set outcome = ?1 where gateway = ?2 and event_id = ?3")
                .setParameter(1, outcome.length() > 300 ? outcome.substring(0, 300) : outcome)
                .setParameter(2, gateway).setParameter(3, eventId).executeUpdate();
    }
}
