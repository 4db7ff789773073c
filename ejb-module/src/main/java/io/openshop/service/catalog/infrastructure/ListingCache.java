package io.openshop.service.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What listings and searches compute over all their hits (totals, facets, first pages, the
 * category tree), kept in this instance's memory under keys that include the catalog's version
 * and the price lists in force. A change anywhere in the cluster, or by SQL, moves the version
 * in the database, so the next request asks under a new key and never sees a stale entry; old
 * entries simply age out (least recently used first). Nothing needs to be told to the other
 * instances, which is why this is a plain bounded map and not a distributed cache. Its lookups
 * and misses are counted in {@link CacheMetrics} (cache "listing").
 */
@ApplicationScoped
public class ListingCache {

    static final int MAX_ENTRIES = 5_000;

    private final Map<Object, Object> entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    @Inject
    CacheMetrics metrics;

    /** The value under this key, computed (outside any lock) and kept when absent. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        metrics.read(CacheMetrics.Cache.LISTING);
        Object value = entries.get(key);
        if (value != null) {
            return (T) value;
        }
        metrics.loaded(CacheMetrics.Cache.LISTING);
        T computed = compute.get();
        entries.put(key, computed);
        return computed;
    }
}
