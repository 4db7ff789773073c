package io.openshop.service.platform.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/**
 * The totals the back office's grids show, without counting a whole large table for every page
 * (Medusa's admin counted every row of a 250,000-order table per page): unfiltered, the planner's
 * estimate of the table's rows; filtered, the matching rows counted up to {@link #CAP} and no
 * further (a total of {@code CAP + 1} reads "more than 10,000": narrow the filter). Below the cap
 * a filtered total is exact.
 */
public final class GridTotals {

    /** How many matching rows a filtered grid counts at most. */
    public static final long CAP = 10_000;

    private GridTotals() {
    }

    /**
     * The total of a grid over {@code table}: {@code where} is empty for no filter, else
     * " where ..." with positional parameters ?1, ?2 … bound from {@code parameters}.
     */
    public static long total(EntityManager em, String table, String where, List<Object> parameters) {
        if (where == null || where.isBlank()) {
            long estimate = ((Number) em.createNativeQuery("select cast(reltuples as bigint) from pg_class where oid = cast(?1 as regclass)")
                    .setParameter(1, table).getSingleResult()).longValue();
            if (estimate >= 0) { // -1: never analysed yet (a new table), so count what little there is
                return estimate;
            }
        }
        Query count = em.createNativeQuery("select count(*) from (select 1 from " + table + (where == null ? "" : where)
                + " limit " + (CAP + 1) + ") matching");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    /** A page's total, never less than the rows the grid has already seen up to and on this page. */
    public static long atLeastSeen(long total, int offset, int rowsOnPage) {
        return Math.max(total, (long) offset + rowsOnPage);
    }
}
