package io.openshop.service.analytics.infrastructure;

import io.openshop.domain.analytics.TrafficDay;
import io.openshop.domain.analytics.VisitorEvent;
import io.openshop.domain.analytics.VisitorEvents;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Visitor events in {@code visitor_event} (append-only: a trigger refuses updates) and the funnel in {@code traffic_day}. */
@ApplicationScoped
public class JdbcVisitorEvents implements VisitorEvents {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void append(VisitorEvent event) {
        em.createNativeQuery("insert into visitor_event (at, visitor, kind, subject, query, results)"
                        + " values (?1, cast(?2 as uuid), ?3, cast(?4 as varchar), cast(?5 as varchar), cast(?6 as integer))")
                .setParameter(1, Timestamp.from(event.at())).setParameter(2, event.visitor().toString())
                .setParameter(3, event.kind().name()).setParameter(4, event.subject()).setParameter(5, event.query())
                .setParameter(6, event.results())
                .executeUpdate();
    }

    @Override
    public List<TrafficDay> traffic(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, visitors, product_viewers, searchers, cart_adders, checkout_starters,"
                        + " buyers from traffic_day where day >= ?1 and day < ?2 order by day")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        return rows.stream().map(r -> new TrafficDay(((Date) r[0]).toLocalDate(), SqlValues.intValue(r[1]), SqlValues.intValue(r[2]),
                SqlValues.intValue(r[3]), SqlValues.intValue(r[4]), SqlValues.intValue(r[5]), SqlValues.intValue(r[6]))).toList();
    }
}
