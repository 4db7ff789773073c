package io.openshop.web.platform;

import io.openshop.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to ask for the next. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages, boolean hasNext) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(mapped.items(), page.page(), page.size(), page.total(), page.totalPages(), page.hasNext());
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        return of(page, Function.identity());
    }
}
