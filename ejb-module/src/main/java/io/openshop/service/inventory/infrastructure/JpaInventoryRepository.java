package io.openshop.service.inventory.infrastructure;

import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.inventory.WarehouseStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Warehouses and stock levels in PostgreSQL. Reservations are single conditional UPDATEs: the
 * row lock and PostgreSQL's re-check of the WHERE clause after waiting make them safe under any
 * number of concurrent checkouts, and the table's CHECK constraints are the last line of defence.
 */
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
    public List<WarehouseStock> stock(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.variant_id, s.warehouse_id, -w.priority, s.on_hand - s.reserved"
                        + " from stock_level s join warehouse w on w.id = s.warehouse_id"
                        + " where s.variant_id = any (cast(?1 as bigint[])) order by s.variant_id, w.priority desc, w.id")
                .setParameter(1, variantIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        return rows.stream().map(r -> new WarehouseStock(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    @Override
    public int reserve(long variantId, long warehouseId, int quantity) {
        List<?> left = em.createNativeQuery("update stock_level set reserved = reserved + ?1, version = version + 1"
                        + " where variant_id = ?2 and warehouse_id = ?3 and on_hand - reserved >= ?1"
                        + " returning on_hand - reserved")
                .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, warehouseId)
                .getResultList();
        return left.isEmpty() ? -1 : ((Number) left.get(0)).intValue();
    }

    @Override
    public void release(long variantId, long warehouseId, int quantity) {
        int rows = em.createNativeQuery("update stock_level set reserved = reserved - ?1, version = version + 1"
                        + " where variant_id = ?2 and warehouse_id = ?3 and reserved >= ?1")
                .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, warehouseId)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("Cannot release " + quantity + " of variant " + variantId
                    + " in warehouse " + warehouseId + ": fewer are reserved");
        }
    }

    @Override
    public void restock(long variantId, long warehouseId, int quantity) {
        em.createNativeQuery("insert into stock_level (variant_id, warehouse_id, on_hand) values (?1, ?2, ?3)"
                        + " on conflict (variant_id, warehouse_id) do update"
                        + " set on_hand = stock_level.on_hand + excluded.on_hand, version = stock_level.version + 1")
                .setParameter(1, variantId).setParameter(2, warehouseId).setParameter(3, quantity)
                .executeUpdate();
    }

    @Override
    public void commit(long variantId, long warehouseId, int quantity) {
        int rows = em.createNativeQuery("update stock_level set on_hand = on_hand - ?1, reserved = reserved - ?1,"
                        + " version = version + 1 where variant_id = ?2 and warehouse_id = ?3 and reserved >= ?1")
                .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, warehouseId)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("Cannot ship " + quantity + " of variant " + variantId
                    + " from warehouse " + warehouseId + ": fewer are reserved");
        }
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
