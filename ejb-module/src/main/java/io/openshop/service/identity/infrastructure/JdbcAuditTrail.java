package io.openshop.service.identity.infrastructure;

import io.openshop.domain.identity.AuditEntry;
import io.openshop.domain.identity.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.TreeMap;

/** Appends audit entries to the {@code audit_log} table, in the caller's transaction. */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void record(AuditEntry entry) {
        em.createNativeQuery("insert into audit_log (actor, action, target, before, after, remote_address)"
                        + " values (?1, ?2, ?3, cast(nullif(?4, '') as jsonb), cast(nullif(?5, '') as jsonb), ?6)")
                .setParameter(1, clip(entry.actor(), 254))
                .setParameter(2, entry.action().name())
                .setParameter(3, entry.target() == null ? "" : clip(entry.target(), 254))
                .setParameter(4, json(entry.before()))
                .setParameter(5, json(entry.after()))
                .setParameter(6, entry.remoteAddress() == null ? "" : entry.remoteAddress())
                .executeUpdate();
    }

    private static String json(Map<String, String> values) {
        if (values == null) {
            return "";
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(values).forEach(object::add);
        return object.build().toString();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
