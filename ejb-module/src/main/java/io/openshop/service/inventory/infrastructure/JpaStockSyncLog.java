package io.openshop.service.inventory.infrastructure;

import io.openshop.domain.inventory.StockSyncLog;
import io.openshop.domain.inventory.StockSyncResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Stock synchronisations and their per-line results in stock_sync and stock_sync_line (V067). */
@ApplicationScoped
public class JpaStockSyncLog implements StockSyncLog {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Optional<String> claim(String key, String requestHash, String actor) {
        // A concurrent claim of the same key waits here until the first transaction ends.
        int inserted = em.createNativeQuery("insert into stock_sync (key, request_hash, actor, created_at) values (?1, ?2, ?3, now())"
                        + " on conflict (key) do nothing")
                .setParameter(1, key).setParameter(2, requestHash).setParameter(3, actor).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(((String) em.createNativeQuery("select request_hash from stock_sync where key = ?1")
                .setParameter(1, key).getSingleResult()).strip());
    }

    @Override
    public List<StockSyncResult> results(String key) {
        List<?> rows = em.createNativeQuery("select line, sku, warehouse, status, on_hand, reserved, problem from stock_sync_line"
                + " where sync_key = ?1 order by line").setParameter(1, key).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new StockSyncResult(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], StockSyncResult.Status.valueOf((String) r[3]), r[4] == null ? null : ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6])).toList();
    }

    @Override
    public void record(String key, List<StockSyncResult> results) {
        for (StockSyncResult r : results) {
            em.createNativeQuery("insert into stock_sync_line (sync_key, line, sku, warehouse, status, on_hand, reserved, problem)"
                            + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as integer), cast(?7 as integer), cast(?8 as varchar))") // typed: any may be null
                    .setParameter(1, key).setParameter(2, r.line()).setParameter(3, truncate(r.sku(), 64))
                    .setParameter(4, truncate(r.warehouse(), 64)).setParameter(5, r.status().name())
                    .setParameter(6, r.onHand()).setParameter(7, r.reserved()).setParameter(8, truncate(r.problem(), 400))
                    .executeUpdate();
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
