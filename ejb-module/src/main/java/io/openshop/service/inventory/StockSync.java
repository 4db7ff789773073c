package io.openshop.service.inventory;

import io.openshop.domain.inventory.StockSyncResult;

import java.util.List;

/** A stock synchronisation's answer: its key, whether it was a retry answered from the first request's results, and each line's result. */
public record StockSync(String key, boolean replayed, List<StockSyncResult> results) {

    public StockSync {
        results = List.copyOf(results);
    }

    /** How many lines ended with this status. */
    public int count(StockSyncResult.Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
