package io.openshop.web.platform;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy PrimeFaces table over a service that answers one page at a time: each page is asked
 * for with the table's offset and size (bounded by {@link PageRequest#MAX_SIZE}), and the row
 * count comes with it, so showing a page usually costs the service one call. Nothing is kept
 * between requests but the table's position: a changed filter is seen at once.
 */
public final class PagedGrid<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the table: one page of rows and their total. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** How a row is told apart from the others (the table's row key). */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    /** The page the last count fetched, handed to the load that follows it in the same request. */
    private transient Page<T> counted;
    private transient int countedFirst;
    private int lastFirst;

    public PagedGrid(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    /** The table asks for the count, then the rows: one service call answers both. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int size = size(getPageSize());
        counted = source.page(new PageRequest(lastFirst / size, size));
        countedFirst = lastFirst;
        return clamp(counted.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = size(pageSize);
        Page<T> page = counted != null && countedFirst == first && counted.size() == size
                ? counted : source.page(new PageRequest(first / size, size));
        counted = null;
        lastFirst = first;
        setRowCount(clamp(page.total()));
        return page.items();
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
