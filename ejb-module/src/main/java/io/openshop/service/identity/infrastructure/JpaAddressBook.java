package io.openshop.service.identity.infrastructure;

import io.openshop.domain.identity.AddressBook;
import io.openshop.domain.identity.CustomerAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Customers' addresses in PostgreSQL; the owner is part of every query. */
@ApplicationScoped
public class JpaAddressBook implements AddressBook {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public List<CustomerAddress> of(long ownerId) {
        return em.createQuery("select a from CustomerAddress a where a.ownerId = :owner order by a.id", CustomerAddress.class)
                .setParameter("owner", ownerId).getResultList();
    }

    @Override
    public Optional<CustomerAddress> find(long ownerId, long addressId) {
        return em.createQuery("select a from CustomerAddress a where a.ownerId = :owner and a.id = :id", CustomerAddress.class)
                .setParameter("owner", ownerId).setParameter("id", addressId).getResultStream().findFirst();
    }

    @Override
    public void add(CustomerAddress address) {
        em.persist(address);
    }

    @Override
    public void remove(CustomerAddress address) {
        em.remove(address);
    }

    @Override
    public int removeAllOf(long ownerId) {
        return em.createQuery("delete from CustomerAddress a where a.ownerId = :owner").setParameter("owner", ownerId).executeUpdate();
    }
}
