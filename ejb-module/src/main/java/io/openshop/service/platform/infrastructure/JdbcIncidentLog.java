package io.openshop.service.platform.infrastructure;

import io.openshop.domain.platform.Incident;
import io.openshop.domain.platform.IncidentLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps incidents in the {@code incident} table, in the caller's transaction. */
@ApplicationScoped
public class JdbcIncidentLog implements IncidentLog {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void record(Incident incident) {
        em.createNativeQuery("insert into incident (id, occurred_at, instance, request, request_id, account_id, summary)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, incident.id())
                .setParameter(2, Timestamp.from(incident.occurredAt()))
                .setParameter(3, incident.instance())
                .setParameter(4, incident.request())
                .setParameter(5, incident.requestId())
                .setParameter(6, incident.accountId())
                .setParameter(7, incident.summary())
                .executeUpdate();
    }

    @Override
    public List<Incident> latest(int limit) {
        List<Incident> incidents = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, occurred_at, instance, request, request_id, account_id, summary"
                + " from incident order by occurred_at desc limit ?1").setParameter(1, limit).getResultList()) {
            Object[] r = (Object[]) row;
            incidents.add(new Incident((String) r[0], SqlValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).longValue(), (String) r[6]));
        }
        return incidents;
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return em.createNativeQuery("delete from incident where occurred_at < ?1").setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }
}
