package io.openshop.service.integration.infrastructure;

import io.openshop.domain.integration.DomainEvent;
import io.openshop.domain.integration.EventType;
import io.openshop.domain.integration.WebhookDelivery;
import io.openshop.domain.integration.WebhookSubscription;
import io.openshop.domain.integration.Webhooks;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Subscriptions as entities; events and deliveries by SQL (V068). */
@ApplicationScoped
public class JpaWebhooks implements Webhooks {

    private static final String DELIVERY = "select d.id, d.subscription_id, d.event_id, e.type, d.status, d.attempts, d.last_status_code,"
            + " d.last_latency_ms, d.last_error, d.created_at, d.last_attempt_at, d.delivered_at from webhook_delivery d"
            + " join domain_event e on e.id = d.event_id";
    private static final String EVENT = "select id, type, aggregate_type, aggregate_id, sequence, payload::text, occurred_at from domain_event";

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void add(WebhookSubscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    @Override
    public Optional<WebhookSubscription> subscription(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    @Override
    public Optional<WebhookSubscription> lockSubscription(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<WebhookSubscription> subscriptions() {
        return em.createQuery("select s from WebhookSubscription s order by s.id", WebhookSubscription.class).getResultList();
    }

    @Override
    public List<DomainEvent> unrelayed(int max) {
        List<?> rows = em.createNativeQuery(EVENT + " where relayed_at is null order by id limit ?1 for update skip locked")
                .setParameter(1, max).getResultList();
        return rows.stream().map(row -> event((Object[]) row)).toList();
    }

    @Override
    public void markRelayed(List<Long> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createNativeQuery("update domain_event set relayed_at = now() where id in ("
                    + eventIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").executeUpdate();
        }
    }

    @Override
    public long addDelivery(long subscriptionId, long eventId, Long replayOf) {
        return ((Number) em.createNativeQuery("insert into webhook_delivery (subscription_id, event_id, status, replay_of)"
                        + " values (?1, ?2, 'PENDING', cast(?3 as bigint)) returning id")
                .setParameter(1, subscriptionId).setParameter(2, eventId).setParameter(3, replayOf).getSingleResult()).longValue();
    }

    @Override
    public Optional<WebhookDelivery> delivery(long id) {
        List<?> rows = em.createNativeQuery(DELIVERY + " where d.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(row -> delivery((Object[]) row)).findFirst();
    }

    @Override
    public Optional<DomainEvent> event(long id) {
        List<?> rows = em.createNativeQuery(EVENT + " where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(row -> event((Object[]) row)).findFirst();
    }

    @Override
    public void attempted(long deliveryId, WebhookDelivery.Status status, Integer statusCode, Integer latencyMs, String error) {
        em.createNativeQuery("update webhook_delivery set status = ?1, attempts = attempts + 1, last_status_code = cast(?2 as integer),"
                        + " last_latency_ms = cast(?3 as integer), last_error = cast(?4 as varchar), last_attempt_at = now(),"
                        + " delivered_at = case when ?1 = 'DELIVERED' then now() else delivered_at end where id = ?5")
                .setParameter(1, status.name()).setParameter(2, statusCode).setParameter(3, latencyMs)
                .setParameter(4, error == null ? null : error.length() > 300 ? error.substring(0, 300) : error)
                .setParameter(5, deliveryId).executeUpdate();
    }

    @Override
    public List<WebhookDelivery> deliveries(long subscriptionId, int max) {
        List<?> rows = em.createNativeQuery(DELIVERY + " where d.subscription_id = ?1 order by d.id desc limit ?2")
                .setParameter(1, subscriptionId).setParameter(2, max).getResultList();
        return rows.stream().map(row -> delivery((Object[]) row)).toList();
    }

    private static DomainEvent event(Object[] r) {
        return new DomainEvent(((Number) r[0]).longValue(), EventType.valueOf((String) r[1]), (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], SqlValues.instant(r[6]));
    }

    private static WebhookDelivery delivery(Object[] r) {
        return new WebhookDelivery(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                EventType.valueOf((String) r[3]), WebhookDelivery.Status.valueOf((String) r[4]), ((Number) r[5]).intValue(),
                r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8],
                SqlValues.instant(r[9]), r[10] == null ? null : SqlValues.instant(r[10]), r[11] == null ? null : SqlValues.instant(r[11]));
    }
}
