package io.openshop.domain.feed;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where feeds are read from and kept. */
public interface FeedStore {

    /**
     * A short text that changes whenever something a feed shows changes: the catalog's version
     * (every product, price and category change) and which stock levels have units to promise.
     */
    String catalogState();

    /** The last generation, if feeds were ever generated. */
    Optional<FeedGeneration> lastGeneration();

    /** A stored file by its name. */
    Optional<FeedFile> file(String name);

    /** Every published product, by id, streamed (never all held at once). */
    void publishedProducts(Consumer<FeedProduct> each);

    /** The slugs of every category, by slug. */
    List<String> categorySlugs();

    /** Replaces every stored file by these (one transaction: readers see the old set or the new). */
    void replaceAll(List<FeedFile> files, FeedGeneration generation);

    /** Serialises generations across the instances of a cluster, for the rest of the transaction. */
    void lockForGeneration();
}
