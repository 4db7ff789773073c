package io.openshop.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an ordered result.
 *
 * @param items the rows of this page
 * @param page  zero-based page index
 * @param size  the requested page size
 * @param total the number of rows on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
