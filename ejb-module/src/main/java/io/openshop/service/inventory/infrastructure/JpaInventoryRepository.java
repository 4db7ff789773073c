package io.openshop.service.inventory.infrastructure;

import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.domain.inventory.Warehouse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Warehouses and stock levels in PostgreSQL. */
@ApplicationScoped
public class JpaInventoryRepository implements InventoryRepository {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Map<Long, Integer> available(Collection<Long> variantIds) {
        Map<Long, Integer> available = new HashMap<>();
        variantIds.forEach(id -> available.put(id, 0));
        if (variantIds.isEmpty()) {
            return available;
        }
        em.createQuery("select s.variantId, sum(s.onHand - s.reserved) from StockLevel s"
                        + " where s.variantId in :ids group by s.variantId", Object[].class)
                .setParameter("ids", List.copyOf(variantIds))
                .getResultList()
                .forEach(row -> available.put((Long) row[0], ((Number) row[1]).intValue()));
        return available;
    }

    @Override
    public List<Warehouse> warehouses() {
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList();
    }

    @Override
    public void add(Warehouse warehouse) {
        em.persist(warehouse);
    }

    @Override
    public void add(StockLevel level) {
        em.persist(level);
    }
}
