package io.openshop.service.platform;

import io.openshop.service.platform.infrastructure.EdgeCaches;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The transactions of {@link EdgePurger}: each batch of purges is taken, sent and deleted in one. */
@Stateless
@PermitAll
public class EdgePurges {

    static final int BATCH = 2_000;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    /** How long after a purge it is sent again (see V075: a copy cached from a request already under way). */
    static final int SECOND_ROUND_MS = 2_000;

    /**
     * Takes up to a batch of purges that are due, sends their keys to every cache, and deletes
     * them (an edge cache that does not take them throws: the rows stay); a first round's keys are
     * written again to be sent a second time two seconds later. Returns how many rows it took.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int send(EdgeCaches caches) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("delete from edge_purge where id in (select id from edge_purge where not_before <= now()"
                + " order by id limit " + BATCH + " for update skip locked) returning key, round").getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> firstRound = new LinkedHashSet<>();
        for (Object[] row : rows) {
            keys.add((String) row[0]);
            if (((Number) row[1]).intValue() == 1) {
                firstRound.add((String) row[0]);
            }
        }
        try {
            caches.purge(keys);
        } catch (IllegalStateException e) {
            throw new NotPurged(e.getMessage());
        }
        if (!caches.isEmpty() && !firstRound.isEmpty()) {
            em.createNativeQuery("insert into edge_purge (key, round, not_before) select k, 2, now() + ?2 * interval '1 millisecond'"
                    + " from unnest(string_to_array(?1, ' ')) k").setParameter(1, String.join(" ", firstRound))
                    .setParameter(2, SECOND_ROUND_MS).executeUpdate();
        }
        return rows.size();
    }

    /** An edge cache did not take a purge: the batch's rows stay (rolled back), without the container logging it as a fault. */
    @ApplicationException(rollback = true)
    public static class NotPurged extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotPurged(String message) {
            super(message);
        }
    }

    /** Writes the purges of the price lists whose window opened or closed in (from, to]. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void priceListWindows(OffsetDateTime from, OffsetDateTime to) {
        em.createNativeQuery("select edge_enqueue(edge_product_keys(array(select e.product_id from price_list_entry e"
                + " join price_list l on l.id = e.price_list_id where (l.valid_from > ?1 and l.valid_from <= ?2)"
                + " or (l.valid_to > ?1 and l.valid_to <= ?2)), true))").setParameter(1, from).setParameter(2, to).getSingleResult();
    }
}
