package io.openshop.domain.inventory;

import java.util.List;
import java.util.Optional;

/** Stock synchronisations kept under their idempotency keys, with their results. */
public interface StockSyncLog {

    /**
     * Claims the key for a request with this hash, in the caller's transaction (a concurrent
     * claim of the same key waits for it); empty when claimed now, else the hash it was claimed with.
     */
    Optional<String> claim(String key, String requestHash, String actor);

    /** The results kept for a key, by line. */
    List<StockSyncResult> results(String key);

    void record(String key, List<StockSyncResult> results);
}
