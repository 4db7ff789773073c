package io.openshop.service.analytics.infrastructure;

import io.openshop.domain.analytics.DailySales;
import io.openshop.domain.analytics.SalesRollups;
import io.openshop.domain.analytics.SalesTotals;
import io.openshop.domain.analytics.TopSeller;
import io.openshop.domain.shared.Money;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rollups in PostgreSQL: sales from the orders, the funnel from the visitor events. Each
 * rollup replaces its rows from a day on with one
 * {@code insert … select … group by} over the orders placed since then (the order desk's index on
 * placed_at finds them), inside the caller's transaction: readers see the old figures until it
 * commits, never a half-written day.
 */
@ApplicationScoped
public class JdbcSalesRollups implements SalesRollups {

    private static final String DAY = "(o.placed_at at time zone 'UTC')::date";

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void rollUp(LocalDate from, Instant now) {
        Date day = Date.valueOf(from);
        Timestamp since = Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (String table : List.of("sales_day", "sales_day_status", "sales_day_variant")) {
            em.createNativeQuery("delete from " + table + " where day >= ?1").setParameter(1, day).executeUpdate();
        }
        em.createNativeQuery("insert into sales_day (day, currency, orders, cancelled, revenue, discount, shipping, tax)"
                        + " select " + DAY + ", o.currency, count(*) filter (where o.status <> 'CANCELLED'),"
                        + " count(*) filter (where o.status = 'CANCELLED'),"
                        + " coalesce(sum(o.grand_total) filter (where o.status <> 'CANCELLED'), 0),"
                        + " coalesce(sum(o.discount) filter (where o.status <> 'CANCELLED'), 0),"
                        + " coalesce(sum(o.shipping) filter (where o.status <> 'CANCELLED'), 0),"
                        + " coalesce(sum(o.tax) filter (where o.status <> 'CANCELLED'), 0)"
                        + " from customer_order o where o.placed_at >= ?1 group by 1, 2")
                .setParameter(1, since).executeUpdate();
        em.createNativeQuery("insert into sales_day_status (day, status, orders)"
                        + " select " + DAY + ", o.status, count(*) from customer_order o where o.placed_at >= ?1 group by 1, 2")
                .setParameter(1, since).executeUpdate();
        em.createNativeQuery("insert into sales_day_variant (day, currency, variant_id, category_id, units, revenue)"
                        + " select " + DAY + ", o.currency, l.variant_id, min(p.category_id), sum(l.quantity), sum(l.total)"
                        + " from customer_order o join order_line l on l.order_id = o.id"
                        + " join product_variant v on v.id = l.variant_id join product p on p.id = v.product_id"
                        + " where o.placed_at >= ?1 and o.status <> 'CANCELLED' group by 1, 2, 3")
                .setParameter(1, since).executeUpdate();
        // the funnel: only the days whose events are still kept (older days keep what they were rolled up as)
        em.createNativeQuery("delete from traffic_day where day >= greatest(?1, (select (min(at) at time zone 'UTC')::date"
                + " from visitor_event))").setParameter(1, day).executeUpdate();
        em.createNativeQuery("insert into traffic_day (day, visitors, product_viewers, searchers, cart_adders, checkout_starters, buyers)"
                        + " select (e.at at time zone 'UTC')::date, count(distinct e.visitor),"
                        + " count(distinct e.visitor) filter (where e.kind = 'PRODUCT_VIEW'),"
                        + " count(distinct e.visitor) filter (where e.kind = 'SEARCH'),"
                        + " count(distinct e.visitor) filter (where e.kind = 'ADD_TO_CART'),"
                        + " count(distinct e.visitor) filter (where e.kind = 'CHECKOUT_STEP'),"
                        + " count(distinct e.visitor) filter (where e.kind = 'PURCHASE')"
                        + " from visitor_event e where e.at >= ?1 group by 1")
                .setParameter(1, since).executeUpdate();
        em.createNativeQuery("insert into rollup_state (name, rolled_at, from_day) values ('sales', ?1, ?2)"
                        + " on conflict (name) do update set rolled_at = excluded.rolled_at, from_day = excluded.from_day")
                .setParameter(1, Timestamp.from(now)).setParameter(2, day).executeUpdate();
    }

    @Override
    public Optional<LocalDate> firstOrderDay() {
        Object first = em.createNativeQuery("select min(placed_at) from customer_order").getSingleResult();
        return Optional.ofNullable(first).map(v -> SqlValues.utc(v).toLocalDate());
    }

    @Override
    public boolean neverRolledUp() {
        return em.createNativeQuery("select 1 from rollup_state where name = 'sales'").getResultList().isEmpty();
    }

    @Override
    public Optional<Instant> rolledAt() {
        List<?> at = em.createNativeQuery("select rolled_at from rollup_state where name = 'sales'").getResultList();
        return at.isEmpty() ? Optional.empty() : Optional.of(SqlValues.instant(at.get(0)));
    }

    @Override
    public List<DailySales> sales(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, currency, orders, revenue from sales_day"
                        + " where day >= ?1 and day < ?2 order by day, currency")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        return rows.stream().map(r -> new DailySales(((Date) r[0]).toLocalDate(), new SalesTotals(SqlValues.intValue(r[2]),
                Money.of((BigDecimal) r[3], Currency.getInstance(((String) r[1]).strip()))))).toList();
    }

    @Override
    public Map<String, Integer> ordersByStatus(LocalDate from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, sum(orders) from sales_day_status where day >= ?1"
                        + " group by status order by 2 desc, 1")
                .setParameter(1, Date.valueOf(from)).getResultList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], SqlValues.intValue(r[1])));
        return counts;
    }

    @Override
    public List<TopSeller> topProducts(LocalDate from, Currency currency, int limit) {
        // summed per variant first, then joined: a month at 1,000,000 orders holds some 250,000 rows, a
        // variant (and its product) is looked up once rather than once per day it sold on
        return top("select v.sku, p.name, t.units, t.revenue from (select variant_id, sum(units) as units, sum(revenue) as revenue"
                + " from sales_day_variant where day >= ?1 and currency = ?2 group by variant_id) t"
                + " join product_variant v on v.id = t.variant_id join product p on p.id = v.product_id"
                + " order by t.revenue desc, v.sku limit ?3", from, currency, limit);
    }

    @Override
    public List<TopSeller> topCategories(LocalDate from, Currency currency, int limit) {
        return top("select c.slug, c.name, sum(s.units), sum(s.revenue) from sales_day_variant s"
                + " join category c on c.id = s.category_id"
                + " where s.day >= ?1 and s.currency = ?2 group by c.slug, c.name order by 4 desc, 1 limit ?3", from, currency, limit);
    }

    private List<TopSeller> top(String sql, LocalDate from, Currency currency, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Date.valueOf(from))
                .setParameter(2, currency.getCurrencyCode()).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new TopSeller((String) r[0], (String) r[1], SqlValues.intValue(r[2]),
                Money.of((BigDecimal) r[3], currency))).toList();
    }
}
