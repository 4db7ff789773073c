package io.openshop.domain.inventory;

/**
 * What a stock synchronisation did with one of its lines (numbered from 1): applied, unchanged
 * (the level already was what the line asked), or refused with the reason, such as units
 * reserved for orders that a count below them would take away. On hand and reserved are the
 * level after the line (null when the line named no known SKU or warehouse).
 */
public record StockSyncResult(int line, String sku, String warehouse, Status status, Integer onHand, Integer reserved, String problem) {

    public enum Status {
        APPLIED,
        UNCHANGED,
        REFUSED
    }

    /** What can still be promised after the line, when the level is known. */
    public Integer available() {
        return onHand == null || reserved == null ? null : onHand - reserved;
    }
}
