package io.openshop.service.audit.infrastructure;

import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditColumn;
import io.openshop.domain.audit.AuditQuery;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.platform.infrastructure.GridTotals;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Appends audit entries to the {@code audit_log} table, in the caller's transaction, and reads them back. */
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

    @Override
    public Page<AuditRecord> find(AuditQuery query, Sort<AuditColumn> sort, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (query.actor() != null) {
            parameters.add(query.actor());
            conditions.add("lower(actor) = lower(?" + parameters.size() + ")");
        }
        if (query.action() != null) {
            parameters.add(query.action().name());
            conditions.add("action = ?" + parameters.size());
        }
        if (query.target() != null) {
            parameters.add(query.target());
            conditions.add("lower(target) = lower(?" + parameters.size() + ")");
        }
        if (query.from() != null) {
            parameters.add(Timestamp.from(query.from()));
            conditions.add("at >= ?" + parameters.size());
        }
        if (query.to() != null) {
            parameters.add(Timestamp.from(query.to()));
            conditions.add("at < ?" + parameters.size());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Query rows = em.createNativeQuery("select id, at, actor, action, target, before::text, after::text, remote_address"
                + " from audit_log" + where + " order by id" + ((sort == null ? AuditColumn.DEFAULT : sort).descending() ? " desc" : " asc") // entries are numbered as they are written
                + " offset " + page.offset() + " limit " + page.size());
        for (int i = 0; i < parameters.size(); i++) {
            rows.setParameter(i + 1, parameters.get(i));
        }
        List<AuditRecord> records = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            records.add(new AuditRecord(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7]));
        }
        long total = GridTotals.total(em, "audit_log", where, parameters);
        return new Page<>(records, page.page(), page.size(), GridTotals.atLeastSeen(total, page.offset(), records.size()));
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
