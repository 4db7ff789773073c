package io.openshop.service.order.infrastructure;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderColumn;
import io.openshop.domain.order.OrderQuery;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.TrackingStatus;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.platform.infrastructure.GridOrder;
import io.openshop.service.platform.infrastructure.GridTotals;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
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
    public List<ParcelToTrack> parcelsToTrack(OffsetDateTime checkedBefore, int max) {
        return em.createQuery("select s.order.number, s.carrier, s.tracking from Shipment s where s.carrier is not null"
                        + " and (s.trackingStatus is null or s.trackingStatus not in :done)"
                        + " and (s.trackingCheckedAt is null or s.trackingCheckedAt < :checked) and s.shippedAt > :since"
                        + " order by s.trackingCheckedAt nulls first, s.id", Object[].class)
                .setParameter("done", List.of(TrackingStatus.DELIVERED, TrackingStatus.RETURNED))
                .setParameter("checked", checkedBefore).setParameter("since", checkedBefore.minusDays(60))
                .setMaxResults(max).getResultStream()
                .map(r -> new ParcelToTrack((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @Override
    public List<String> pendingPlacedBefore(OffsetDateTime time, int max) {
        return em.createQuery("select o.number from Order o where o.status = :status and o.placedAt < :time"
                        + " order by o.placedAt", String.class)
                .setParameter("status", OrderStatus.PENDING_PAYMENT).setParameter("time", time)
                .setMaxResults(max).getResultList();
    }

    /**
     * The rows of a page through the index on the sorted column and id (placed_at, id by default), and the
     * total as {@link GridTotals} gives it: never a count of the whole table per page.
     */
    @Override
    public Page<OrderSummary> search(OrderQuery query, Sort<OrderColumn> sort, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (query.status() != null) {
            parameters.add(query.status().name());
            conditions.add("status = ?" + parameters.size());
        }
        if (query.text() != null) {
            String prefix = SqlValues.likeEscaped(query.text());
            parameters.add(prefix.toUpperCase(Locale.ROOT) + "%");
            parameters.add(prefix.toLowerCase(Locale.ROOT) + "%");
            conditions.add("(number like ?" + (parameters.size() - 1) + " escape '\\' or lower(email) like ?" + parameters.size()
                    + " escape '\\')");
        }
        if (query.from() != null) {
            parameters.add(Timestamp.from(query.from()));
            conditions.add("placed_at >= ?" + parameters.size());
        }
        if (query.to() != null) {
            parameters.add(Timestamp.from(query.to()));
            conditions.add("placed_at < ?" + parameters.size());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        // A deferred join: the page's ids come from the index alone (an index-only scan skips the
        // rows before a deep page without reading them from the table), then only those rows are read.
        GridOrder order = order(sort == null ? OrderColumn.DEFAULT : sort);
        Query rows = em.createNativeQuery("select o.number, o.placed_at, o.email, o.status, o.grand_total, o.currency"
                + " from (select id, " + order.expression() + " as sort_key from customer_order" + where + " order by " + order.terms()
                + " offset " + page.offset() + " limit " + page.size() + ") page join customer_order o on o.id = page.id"
                + " order by " + order.terms("page.sort_key", "page.id"));
        bind(rows, parameters);
        List<OrderSummary> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new OrderSummary((String) r[0], SqlValues.utc(r[1]), (String) r[2], OrderStatus.valueOf((String) r[3]),
                    Money.of((BigDecimal) r[4], Currency.getInstance(((String) r[5]).strip()))));
        }
        long total = GridTotals.total(em, "customer_order", where, parameters);
        return new Page<>(items, page.page(), page.size(), GridTotals.atLeastSeen(total, page.offset(), items.size()));
    }

    /** Each sortable column and the index that serves it (V055, V065): (expression, id), or unique. */
    private static GridOrder order(Sort<OrderColumn> sort) {
        return switch (sort.column()) {
            case NUMBER -> GridOrder.of(sort, "number", true);
            case PLACED -> GridOrder.of(sort, "placed_at", false);
            case CUSTOMER -> GridOrder.of(sort, "lower(email)", false);
            case TOTAL -> GridOrder.of(sort, "grand_total", false);
        };
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
