package io.openshop.service.analytics.infrastructure;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.analytics.LiveEvents;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The live feed in {@code live_event}: an insert in the caller's transaction; reads by id, which only grows. */
@ApplicationScoped
public class JdbcLiveEvents implements LiveEvents {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void append(LiveEvent.Kind kind, String text) {
        em.createNativeQuery("insert into live_event (kind, text) values (?1, ?2)")
                .setParameter(1, kind.name()).setParameter(2, text.length() > 300 ? text.substring(0, 300) : text)
                .executeUpdate();
    }

    @Override
    public List<LiveEvent> after(long id, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, text, at from live_event where id > ?1 order by id limit ?2")
                .setParameter(1, id).setParameter(2, max).getResultList();
        return rows.stream().map(r -> new LiveEvent(((Number) r[0]).longValue(), LiveEvent.Kind.valueOf((String) r[1]), (String) r[2],
                SqlValues.instant(r[3]))).toList();
    }

    @Override
    public long newest() {
        Object id = em.createNativeQuery("select coalesce(max(id), 0) from live_event").getSingleResult();
        return ((Number) id).longValue();
    }
}
