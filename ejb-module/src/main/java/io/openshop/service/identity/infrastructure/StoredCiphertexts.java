package io.openshop.service.identity.infrastructure;

import io.openshop.domain.shared.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Rewrites encrypted personal-data columns that are not yet under the current key (older keys,
 * or legacy plaintext) — the step that lets an old key be retired after rotation. Works on the
 * stored text directly: JPA writes only attributes whose plaintext changed, so it would never
 * rewrite these on its own. Rows are taken in batches, locked and skipped when busy.
 */
@ApplicationScoped
public class StoredCiphertexts {

    private record Table(String name, List<String> columns) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("customer_order", List.of("ship_name", "ship_line1", "ship_line2", "ship_postal_code", "ship_city")),
            new Table("customer_address", List.of("name", "line1", "line2", "postal_code", "city", "phone")));

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    /** Re-encrypts up to {@code max} rows under the current key; returns how many were rewritten. */
    public int reencryptBatch(int max) {
        FieldCipher cipher = FieldCipher.installed();
        String current = FieldCipher.PREFIX + cipher.currentKeyId() + ":";
        int done = 0;
        for (Table table : TABLES) {
            if (done >= max) {
                break;
            }
            String stale = String.join(" or ", table.columns().stream()
                    .map(c -> "(" + c + " is not null and " + c + " not like ?1)").toList());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, " + String.join(", ", table.columns()) + " from " + table.name()
                            + " where " + stale + " order by id limit ?2 for update skip locked")
                    .setParameter(1, current.replace("_", "\\_") + "%").setParameter(2, max - done).getResultList();
            String assignments = String.join(", ", table.columns().stream()
                    .map(c -> c + " = ?" + (table.columns().indexOf(c) + 1)).toList());
            for (Object[] row : rows) {
                var update = em.createNativeQuery("update " + table.name() + " set " + assignments
                        + " where id = ?" + (table.columns().size() + 1));
                for (int i = 0; i < table.columns().size(); i++) {
                    String stored = (String) row[i + 1];
                    String fresh = stored == null || stored.startsWith(current) ? stored : cipher.encrypt(cipher.decrypt(stored));
                    update.setParameter(i + 1, fresh);
                }
                update.setParameter(table.columns().size() + 1, ((Number) row[0]).longValue());
                update.executeUpdate();
                done++;
            }
        }
        return done;
    }
}
