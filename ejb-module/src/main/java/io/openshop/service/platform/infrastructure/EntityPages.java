package io.openshop.service.platform.infrastructure;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A grid page of entities in two statements: the page's ids, filtered and ordered by SQL that an
 * index serves (no entity is read for the rows skipped before a deep page), then only those
 * entities, handed back in the ids' order.
 */
public final class EntityPages {

    private EntityPages() {
    }

    /**
     * The page: {@code ids} selects one id column in the grid's order with its offset and limit
     * and its parameters bound; {@code fetch} is JPQL reading entities by {@code :ids} (with any
     * joins the rows show); {@code total} is the grid's total as {@link GridTotals} gives it.
     */
    public static <E> Page<E> read(EntityManager em, Query ids, String fetch, Class<E> type, Function<E, Long> id,
                                   PageRequest page, long total) {
        List<Long> found = ((List<?>) ids.getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
        if (found.isEmpty()) { // an empty first page: the table (or the filter) has no rows, whatever an estimate says
            return new Page<>(List.of(), page.page(), page.size(), page.offset() == 0 ? 0 : total);
        }
        Map<Long, E> byId = em.createQuery(fetch, type).setParameter("ids", found).getResultStream()
                .collect(Collectors.toMap(id, e -> e));
        return new Page<>(found.stream().map(byId::get).filter(Objects::nonNull).toList(), page.page(), page.size(),
                GridTotals.atLeastSeen(total, page.offset(), found.size()));
    }
}
