package io.openshop.web.platform;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy PrimeFaces table over a service that answers one page at a time: each page is asked
 * for with the table's offset and size (bounded by {@link PageRequest#MAX_SIZE}) and the column
 * it is sorted by, and the row count comes with it, so showing a page usually costs the service
 * one call. Nothing is kept between requests but the table's position and sort: a changed filter
 * is seen at once.
 *
 * <p>A column is sortable when it has a {@code field} naming one of the list's {@link Sort.Column}
 * keys (with {@code filterable="false"}: filters are the form above the table); the database
 * sorts, never the page.
 */
public final class PagedGrid<T, C extends Enum<C> & Sort.Column> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the table: one page of rows, in the sort chosen, and their total. */
    @FunctionalInterface
    public interface Source<T, C extends Enum<C> & Sort.Column> extends Serializable {
        Page<T> page(Sort<C> sort, PageRequest request);
    }

    /** How a row is told apart from the others (the table's row key). */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Class<C> columns;
    private final Sort<C> defaultSort;
    private final Source<T, C> source;
    private final Key<T> key;
    /** The page the last count fetched, handed to the load that follows it in the same request. */
    private transient Page<T> counted;
    private transient int countedFirst;
    private transient Sort<C> countedSort;
    private int lastFirst;
    private Sort<C> lastSort;

    /** A table over {@code source}, sortable by the list's {@code columns}, in {@code defaultSort} until a header is clicked. */
    public PagedGrid(Class<C> columns, Sort<C> defaultSort, Source<T, C> source, Key<T> key) {
        this.columns = columns;
        this.defaultSort = defaultSort;
        this.lastSort = defaultSort;
        this.source = source;
        this.key = key;
    }

    /** The table asks for the count, then the rows: one service call answers both. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int size = size(getPageSize());
        counted = source.page(lastSort, new PageRequest(lastFirst / size, size));
        countedFirst = lastFirst;
        countedSort = lastSort;
        return clamp(counted.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = size(pageSize);
        Sort<C> sort = sort(sortBy);
        Page<T> page = counted != null && countedFirst == first && counted.size() == size && sort.equals(countedSort)
                ? counted : source.page(sort, new PageRequest(first / size, size));
        counted = null;
        lastFirst = first;
        lastSort = sort;
        setRowCount(clamp(page.total()));
        return page.items();
    }

    /** The sort the table's headers ask for; a field that names no column of the list falls back to the default. */
    private Sort<C> sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return defaultSort;
        }
        return sortBy.values().stream().filter(SortMeta::isActive).findFirst()
                .map(meta -> {
                    C column = Sort.column(columns, meta.getField());
                    return column == null ? defaultSort : new Sort<>(column, meta.getOrder() == SortOrder.DESCENDING);
                })
                .orElse(defaultSort);
    }

    private static int size(int pageSize) {
        return Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    private static int clamp(long total) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
