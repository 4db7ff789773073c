package io.openshop.service.order.infrastructure;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Orders in PostgreSQL. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public String nextNumber() {
        Number next = (Number) em.createNativeQuery("select nextval('order_number_seq')").getSingleResult();
        return String.format("SO-%06d", next.longValue());
    }

    @Override
    public void add(Order order) {
        em.persist(order);
        em.flush(); // the id is needed at once: payments, coupon redemptions and idempotency keys refer to it
    }

    @Override
    public Optional<Order> byNumber(String number) {
        return em.createQuery("select o from Order o where o.number = :number", Order.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<Order> byId(long id) {
        return Optional.ofNullable(em.find(Order.class, id));
    }

    @Override
    public Optional<Order> lock(long id) {
        return Optional.ofNullable(em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Order> lockByNumber(String number) {
        return em.createQuery("select o from Order o where o.number = :number", Order.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Order> byEmail(String email) {
        return em.createQuery("select o from Order o where lower(o.email) = :email order by o.placedAt desc, o.id desc", Order.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    @Override
    public List<Order> ofCustomer(long customerId) {
        return em.createQuery("select o from Order o where o.customerId = :customer order by o.placedAt desc, o.id desc", Order.class)
                .setParameter("customer", customerId).getResultList();
    }

    @Override
    public List<String> pendingPlacedBefore(OffsetDateTime time, int max) {
        return em.createQuery("select o.number from Order o where o.status = :status and o.placedAt < :time"
                        + " order by o.placedAt", String.class)
                .setParameter("status", OrderStatus.PENDING_PAYMENT).setParameter("time", time)
                .setMaxResults(max).getResultList();
    }
}
