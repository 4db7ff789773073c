package io.openshop.service.cart.infrastructure;

import io.openshop.domain.cart.Cart;
import io.openshop.domain.cart.CartRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Carts in PostgreSQL. */
@ApplicationScoped
public class JpaCartRepository implements CartRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Optional<Cart> byToken(String token) {
        return em.createQuery("select c from Cart c where c.token = :token", Cart.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    @Override
    public Optional<Cart> openCartOf(long customerId) {
        return em.createQuery("select c from Cart c where c.customerId = :customer and c.checkedOutAt is null"
                        + " and c.mergedAt is null", Cart.class)
                .setParameter("customer", customerId).getResultStream().findFirst();
    }

    @Override
    public void add(Cart cart) {
        em.persist(cart);
        em.flush(); // the id is needed at once: a merged guest cart refers to it
    }

    @Override
    public boolean markCheckedOut(long cartId, OffsetDateTime at) {
        return em.createNativeQuery("update cart set checked_out_at = ?1, version = version + 1"
                        + " where id = ?2 and checked_out_at is null")
                .setParameter(1, at).setParameter(2, cartId).executeUpdate() == 1;
    }
}
