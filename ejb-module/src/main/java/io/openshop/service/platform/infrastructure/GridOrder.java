package io.openshop.service.platform.infrastructure;

import io.openshop.domain.shared.Sort;

/**
 * How a grid's statement orders its rows: the chosen column's SQL expression, then the row's id
 * to break ties (not needed for a unique column), both in the chosen direction, so that one
 * index on (expression, id) serves every page in either direction, at a million rows as at ten.
 * The expression always comes from the repository's own mapping of a column enum, never from a
 * request.
 */
public record GridOrder(String expression, boolean unique, boolean descending) {

    /** The order for a sort whose column the repository maps to {@code expression}. */
    public static GridOrder of(Sort<?> sort, String expression, boolean unique) {
        return new GridOrder(expression, unique, sort.descending());
    }

    /** The ORDER BY terms over the table itself ("lower(email) desc, id desc"). */
    public String terms() {
        return terms(expression, "id");
    }

    /**
     * The ORDER BY terms over another relation that carries the sort key and the id under the
     * given names (the outer query of a deferred join).
     */
    public String terms(String key, String id) {
        String direction = descending ? " desc" : " asc";
        return key + direction + (unique ? "" : ", " + id + direction);
    }
}
