package io.openshop.service.payment.infrastructure;

import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Payments in PostgreSQL. */
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
}
