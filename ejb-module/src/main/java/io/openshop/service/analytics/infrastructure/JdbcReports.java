package io.openshop.service.analytics.infrastructure;

import io.openshop.domain.analytics.ReportColumn;
import io.openshop.domain.analytics.ReportQuery;
import io.openshop.domain.analytics.Reports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports' SQL: straight from the orders, their lines, the refund ledger and the status
 * changes (not from the rollups), so that a report's totals are the database's to the cent. Every
 * query is bounded by the period through an index (placed_at, refunded_at, the status changes).
 */
@ApplicationScoped
public class JdbcReports implements Reports {

    /** Orders placed in the period, in the currency, not cancelled: ?1 currency, ?2 from, ?3 until. */
    private static final String ORDERS = " from customer_order o where o.status <> 'CANCELLED' and o.currency = ?1"
            + " and o.placed_at >= ?2 and o.placed_at < ?3";
    private static final String LINES = " from customer_order o join order_line l on l.order_id = o.id"
            + " where o.status <> 'CANCELLED' and o.currency = ?1 and o.placed_at >= ?2 and o.placed_at < ?3";
    private static final String TOTALS = ", count(*), sum(o.subtotal), sum(o.discount), sum(o.shipping), sum(o.tax), sum(o.grand_total)";

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public List<List<Object>> rows(ReportQuery query) {
        String sql = switch (query.kind()) {
            case SALES_BY_DAY -> "select (o.placed_at at time zone 'UTC')::date" + TOTALS + ORDERS + " group by 1 order by 1";
            case SALES_BY_WEEK -> "select date_trunc('week', o.placed_at at time zone 'UTC')::date" + TOTALS + ORDERS
                    + " group by 1 order by 1";
            case SALES_BY_MONTH -> "select date_trunc('month', o.placed_at at time zone 'UTC')::date" + TOTALS + ORDERS
                    + " group by 1 order by 1";
            case SALES_BY_PRODUCT -> "select l.sku, min(l.name), sum(l.quantity), sum(l.subtotal), sum(l.discount), sum(l.tax),"
                    + " sum(l.total)" + LINES + " group by l.sku order by 7 desc, 1";
            case SALES_BY_CATEGORY -> "select c.name, sum(l.quantity), sum(l.subtotal), sum(l.discount), sum(l.tax), sum(l.total)"
                    + LINES.replace(" where", " join product_variant v on v.id = l.variant_id join product p on p.id = v.product_id"
                    + " join category c on c.id = p.category_id where") + " group by c.id, c.name order by 6 desc, 1";
            case SALES_BY_COUPON -> "select coalesce(o.coupon_code, '(none)'), count(*), sum(o.discount), sum(o.grand_total)" + ORDERS
                    + " group by 1 order by 4 desc, 1";
            case SALES_BY_COUNTRY -> "select o.ship_country, count(*), sum(o.tax), sum(o.grand_total)" + ORDERS
                    + " group by 1 order by 4 desc, 1";
            case TAX_BY_RATE -> "select * from (select 'goods' as on_what, round(l.tax_rate * 100, 2) as rate, sum(l.total),"
                    + " sum(l.total - l.tax), sum(l.tax)" + LINES + " group by l.tax_rate"
                    + " union all select 'shipping', null, sum(o.shipping + case when o.prices_include_tax then 0 else o.shipping_tax end),"
                    + " sum(o.shipping - case when o.prices_include_tax then o.shipping_tax else 0 end), sum(o.shipping_tax)" + ORDERS
                    + " having count(*) > 0) t order by 1, 2";
            case REFUNDS -> "select (r.refunded_at at time zone 'UTC')::date, count(*), sum(r.amount) from payment_refund r"
                    + " where r.currency = ?1 and r.refunded_at >= ?2 and r.refunded_at < ?3 group by 1 order by 1";
            case RETURNS -> "select (c.changed_at at time zone 'UTC')::date, count(distinct o.id), sum(o.grand_total)"
                    + " from order_status_change c join customer_order o on o.id = c.order_id where c.to_status = 'RETURNED'"
                    + " and o.currency = ?1 and c.changed_at >= ?2 and c.changed_at < ?3 group by 1 order by 1";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql)
                .setParameter(1, query.currency().getCurrencyCode())
                .setParameter(2, Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .setParameter(3, Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .getResultList();
        List<ReportColumn> columns = query.kind().columns();
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : found) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                row.add(value(columns.get(c).type(), r[c]));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(ReportColumn.Type type, Object value) {
        if (value == null) {
            return type == ReportColumn.Type.MONEY ? BigDecimal.ZERO.setScale(2) : type == ReportColumn.Type.COUNT ? 0L : null;
        }
        return switch (type) {
            case DATE -> ((Date) value).toLocalDate();
            case COUNT -> ((Number) value).longValue();
            case MONEY, RATE -> value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            case TEXT -> value.toString().strip();
        };
    }
}
