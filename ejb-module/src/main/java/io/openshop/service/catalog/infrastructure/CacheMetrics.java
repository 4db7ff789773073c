package io.openshop.service.catalog.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * How well the catalog's caches serve, for operators: {@code shop_cache_reads_total{cache}} counts
 * lookups and {@code shop_cache_loads_total{cache}} the ones that had to go to the database, so
 * the hit ratio is {@code 1 - rate(loads) / rate(reads)}. Two caches: {@code listing} (the
 * {@link ListingCache}: totals, facets, first pages) and {@code catalog} (EclipseLink's shared
 * cache of the catalog's entities: a read is an entity handed to a transaction, a load one built
 * from a database row; see {@link SharedCacheListener}).
 */
@ApplicationScoped
public class CacheMetrics {

    static final Metadata READS = Metadata.builder().withName("shop.cache.reads")
            .withDescription("Cache lookups, by cache (listing, catalog)").build();
    static final Metadata LOADS = Metadata.builder().withName("shop.cache.loads")
            .withDescription("Cache lookups that had to read the database, by cache (listing, catalog)").build();

    /** The two caches, as the metrics' label. */
    public enum Cache { LISTING, CATALOG }

    @Inject
    MetricRegistry registry;

    // looked up once: the catalog's counters move for every entity a request reads
    private final Map<Cache, Counter> reads = new EnumMap<>(Cache.class);
    private final Map<Cache, Counter> loads = new EnumMap<>(Cache.class);

    @PostConstruct
    void register() {
        for (Cache cache : Cache.values()) {
            Tag tag = new Tag("cache", cache.name().toLowerCase(Locale.ROOT));
            reads.put(cache, registry.counter(READS, tag));
            loads.put(cache, registry.counter(LOADS, tag));
        }
    }

    /** Created with the application, so that the series are there at zero before the first read. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // @PostConstruct has registered them
    }

    public void read(Cache cache) {
        reads.get(cache).inc();
    }

    public void loaded(Cache cache) {
        loads.get(cache).inc();
    }
}
