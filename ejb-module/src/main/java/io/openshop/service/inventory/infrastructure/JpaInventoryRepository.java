package io.openshop.service.inventory.infrastructure;

import io.openshop.domain.inventory.AdjustmentReason;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LevelTarget;
import io.openshop.domain.inventory.LowStockColumn;
import io.openshop.domain.inventory.LowStockLevel;
import io.openshop.domain.inventory.MovementColumn;
import io.openshop.domain.inventory.MovementKind;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.domain.inventory.StockMovement;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.inventory.WarehouseLevel;
import io.openshop.domain.inventory.WarehouseStock;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
                .setParameter(1, array(variantIds))
                .getResultList();
        return rows.stream().map(r -> new WarehouseStock(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    @Override
    public int reserve(long variantId, long warehouseId, int quantity, StockChange change) {
        List<?> left = moved("update stock_level set reserved = reserved + ?1, version = version + 1"
                + " where variant_id = ?2 and warehouse_id = ?3 and on_hand - reserved >= ?1", MovementKind.RESERVED,
                variantId, warehouseId, quantity, change);
        return left.isEmpty() ? -1 : ((Number) left.get(0)).intValue();
    }

    @Override
    public void release(long variantId, long warehouseId, int quantity, StockChange change) {
        if (moved("update stock_level set reserved = reserved - ?1, version = version + 1"
                + " where variant_id = ?2 and warehouse_id = ?3 and reserved >= ?1", MovementKind.RELEASED,
                variantId, warehouseId, quantity, change).isEmpty()) {
            throw new IllegalStateException("Cannot release " + quantity + " of variant " + variantId
                    + " in warehouse " + warehouseId + ": fewer are reserved");
        }
    }

    @Override
    public void restock(long variantId, long warehouseId, int quantity, StockChange change) {
        moved("insert into stock_level (variant_id, warehouse_id, on_hand) values (?2, ?3, ?1)"
                + " on conflict (variant_id, warehouse_id) do update"
                + " set on_hand = stock_level.on_hand + excluded.on_hand, version = stock_level.version + 1",
                MovementKind.RETURNED, variantId, warehouseId, quantity, change);
    }

    @Override
    public void commit(long variantId, long warehouseId, int quantity, StockChange change) {
        if (moved("update stock_level set on_hand = on_hand - ?1, reserved = reserved - ?1, version = version + 1"
                + " where variant_id = ?2 and warehouse_id = ?3 and reserved >= ?1", MovementKind.COMMITTED,
                variantId, warehouseId, quantity, change).isEmpty()) {
            throw new IllegalStateException("Cannot ship " + quantity + " of variant " + variantId
                    + " from warehouse " + warehouseId + ": fewer are reserved");
        }
    }

    /**
     * Runs a change of one stock row ({@code ?1} the quantity, {@code ?2} the variant, {@code ?3}
     * the warehouse) and appends its movement in the same statement; returns what is left to
     * promise after it, or nothing when the change's condition did not hold.
     */
    private List<?> moved(String change, MovementKind kind, long variantId, long warehouseId, int quantity, StockChange who) {
        return em.createNativeQuery("with s as (" + change + " returning variant_id, warehouse_id, on_hand, reserved),"
                        + " m as (insert into stock_movement (variant_id, warehouse_id, kind, quantity, on_hand_after,"
                        + " reserved_after, reference, actor) select variant_id, warehouse_id, ?4, ?1, on_hand, reserved,"
                        + " cast(?5 as varchar), ?6 from s)"
                        + " select on_hand - reserved from s")
                .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, warehouseId)
                .setParameter(4, kind.name()).setParameter(5, who.reference()).setParameter(6, who.actor())
                .getResultList();
    }

    @Override
    public Optional<StockLevel> lock(long variantId, long warehouseId) {
        return Optional.ofNullable(em.find(StockLevel.class, new StockLevel.Key(variantId, warehouseId), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void adjusted(StockLevel level, int change, AdjustmentReason reason, StockChange who, String note) {
        em.flush();
        em.createNativeQuery("insert into stock_movement (variant_id, warehouse_id, kind, quantity, on_hand_after, reserved_after,"
                        + " reason, reference, actor, note) values (?1, ?2, 'ADJUSTED', ?3, ?4, ?5, ?6, cast(?7 as varchar), ?8,"
                        + " cast(?9 as varchar))")
                .setParameter(1, level.getVariantId()).setParameter(2, level.getWarehouseId()).setParameter(3, change)
                .setParameter(4, level.getOnHand()).setParameter(5, level.getReserved()).setParameter(6, reason.name())
                .setParameter(7, who.reference()).setParameter(8, who.actor()).setParameter(9, note)
                .executeUpdate();
    }

    @Override
    public Map<LevelTarget, Integer> reservedAbove(Collection<LevelTarget> targets) {
        Map<LevelTarget, Integer> refused = new HashMap<>();
        if (targets.isEmpty()) {
            return refused;
        }
        Map<List<Long>, LevelTarget> byLevel = new HashMap<>();
        targets.forEach(t -> byLevel.put(List.of(t.variantId(), t.warehouseId()), t));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.variant_id, s.warehouse_id, s.reserved from stock_level s"
                        + " join unnest(cast(?1 as bigint[]), cast(?2 as bigint[])) as t(variant_id, warehouse_id)"
                        + " using (variant_id, warehouse_id) where s.reserved > 0")
                .setParameter(1, array(targets.stream().map(LevelTarget::variantId).toList()))
                .setParameter(2, array(targets.stream().map(LevelTarget::warehouseId).toList()))
                .getResultList();
        for (Object[] row : rows) {
            LevelTarget target = byLevel.get(List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
            int reserved = ((Number) row[2]).intValue();
            if (target != null && target.onHand() < reserved) {
                refused.put(target, reserved);
            }
        }
        return refused;
    }

    @Override
    public Set<Long> setLevels(Collection<LevelTarget> targets, AdjustmentReason reason, StockChange who) {
        Set<Long> changed = new HashSet<>();
        if (targets.isEmpty()) {
            return changed;
        }
        em.createNativeQuery("with input as (select * from unnest(cast(?1 as bigint[]), cast(?2 as bigint[]), cast(?3 as int[]))"
                        + " as t(variant_id, warehouse_id, on_hand)),"
                        + " old as (select l.variant_id, l.warehouse_id, l.on_hand from stock_level l join input i using (variant_id, warehouse_id)),"
                        + " s as (insert into stock_level (variant_id, warehouse_id, on_hand) select variant_id, warehouse_id, on_hand from input"
                        + " on conflict (variant_id, warehouse_id) do update set on_hand = excluded.on_hand, version = stock_level.version + 1"
                        + " where stock_level.on_hand <> excluded.on_hand returning variant_id, warehouse_id, on_hand, reserved)"
                        + " insert into stock_movement (variant_id, warehouse_id, kind, quantity, on_hand_after, reserved_after, reason,"
                        + " reference, actor) select s.variant_id, s.warehouse_id, 'ADJUSTED', s.on_hand - coalesce(o.on_hand, 0), s.on_hand,"
                        + " s.reserved, ?4, cast(?5 as varchar), ?6 from s left join old o using (variant_id, warehouse_id)"
                        + " where s.on_hand - coalesce(o.on_hand, 0) <> 0 returning variant_id")
                .setParameter(1, array(targets.stream().map(LevelTarget::variantId).toList()))
                .setParameter(2, array(targets.stream().map(LevelTarget::warehouseId).toList()))
                .setParameter(3, array(targets.stream().map(LevelTarget::onHand).toList()))
                .setParameter(4, reason.name()).setParameter(5, who.reference()).setParameter(6, who.actor())
                .getResultList().forEach(id -> changed.add(((Number) id).longValue()));
        return changed;
    }

    /** A PostgreSQL array literal of numbers ({1,2,3}), what {@code cast(? as bigint[])} reads. */
    private static String array(Collection<? extends Number> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public List<WarehouseLevel> levels(long variantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select w.code, w.name, s.on_hand, s.reserved from stock_level s"
                        + " join warehouse w on w.id = s.warehouse_id where s.variant_id = ?1 order by w.code")
                .setParameter(1, variantId).getResultList();
        return rows.stream().map(r -> new WarehouseLevel((String) r[0], (String) r[1], SqlValues.intValue(r[2]),
                SqlValues.intValue(r[3]))).toList();
    }

    @Override
    public Page<StockMovement> movements(long variantId, Sort<MovementColumn> sort, PageRequest page) {
        long total = ((Number) em.createNativeQuery("select count(*) from stock_movement where variant_id = ?1")
                .setParameter(1, variantId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, v.sku, w.code, m.kind, m.quantity, m.on_hand_after,"
                        + " m.reserved_after, m.reason, m.reference, m.actor, m.note, m.at from stock_movement m"
                        + " join product_variant v on v.id = m.variant_id join warehouse w on w.id = m.warehouse_id"
                        + " where m.variant_id = ?1 order by m.id" + ((sort == null ? MovementColumn.DEFAULT : sort).descending() ? " desc" : " asc")
                        + " offset ?2 limit ?3") // movements are numbered as they happen
                .setParameter(1, variantId).setParameter(2, page.offset()).setParameter(3, page.size()).getResultList();
        return new Page<>(rows.stream().map(r -> new StockMovement(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                MovementKind.valueOf((String) r[3]), SqlValues.intValue(r[4]), SqlValues.intValue(r[5]), SqlValues.intValue(r[6]),
                r[7] == null ? null : AdjustmentReason.valueOf((String) r[7]), (String) r[8], (String) r[9], (String) r[10],
                SqlValues.utc(r[11]))).toList(), page.page(), page.size(), total);
    }

    @Override
    public Page<LowStockLevel> lowStock(int threshold, Sort<LowStockColumn> sort, PageRequest page) {
        long total = ((Number) em.createNativeQuery("select count(*) from stock_level where on_hand - reserved <= ?1")
                .setParameter(1, threshold).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.sku, p.name, p.slug, w.code, s.on_hand, s.reserved"
                        + " from stock_level s join product_variant v on v.id = s.variant_id"
                        + " join product p on p.id = v.product_id join warehouse w on w.id = s.warehouse_id"
                        + " where s.on_hand - s.reserved <= ?1"
                        + " order by " + lowStockOrder(sort == null ? LowStockColumn.DEFAULT : sort) + " offset ?2 limit ?3")
                .setParameter(1, threshold).setParameter(2, page.offset()).setParameter(3, page.size()).getResultList();
        return new Page<>(rows.stream().map(r -> new LowStockLevel((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                SqlValues.intValue(r[4]), SqlValues.intValue(r[5]))).toList(), page.page(), page.size(), total);
    }

    /** The low-stock list is short (levels at or under the threshold): sorted after filtering, no index needed. */
    private static String lowStockOrder(Sort<LowStockColumn> sort) {
        String direction = sort.descending() ? " desc" : " asc";
        return switch (sort.column()) {
            case AVAILABLE -> "s.on_hand - s.reserved" + direction + ", v.sku" + direction + ", w.code" + direction;
            case SKU -> "v.sku" + direction + ", w.code" + direction;
        };
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
