package io.openshop.domain.inventory;

import io.openshop.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

/**
 * How many of one variant a warehouse holds, and how many of those are reserved for orders not
 * yet shipped. Never below zero, never more reserved than held: the database checks it too.
 * Aggregate root, referring to its variant and warehouse by id.
 */
@Entity
@Table(name = "stock_level")
@IdClass(StockLevel.Key.class)
public class StockLevel {

    /** The identity of a stock level: which variant, in which warehouse. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long variantId;
        private Long warehouseId;

        public Key() {
        }

        public Key(Long variantId, Long warehouseId) {
            this.variantId = variantId;
            this.warehouseId = warehouseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(variantId, k.variantId) && Objects.equals(warehouseId, k.warehouseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(variantId, warehouseId);
        }
    }

    @Id
    @Column(name = "variant_id")
    private Long variantId;

    @Id
    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Version
    private long version;

    protected StockLevel() {
        // for JPA
    }

    public StockLevel(long variantId, long warehouseId, int onHand) {
        if (onHand < 0) {
            throw new InvalidInputException("onHand", "must not be negative");
        }
        this.variantId = variantId;
        this.warehouseId = warehouseId;
        this.onHand = onHand;
    }

    /** A level with units already reserved (reservations are made by the repository's atomic updates). */
    StockLevel(long variantId, long warehouseId, int onHand, int reserved) {
        this(variantId, warehouseId, onHand);
        if (reserved < 0 || reserved > onHand) {
            throw new InvalidInputException("reserved", "must be between 0 and what is on hand");
        }
        this.reserved = reserved;
    }

    /** Stock that arrived (or was counted in). */
    public void receive(int quantity) {
        if (quantity <= 0) {
            throw new InvalidInputException("quantity", "must be more than zero");
        }
        this.onHand = Math.addExact(onHand, quantity);
    }

    /**
     * Staff change what is on hand, for a reason: a delivery received (adds {@code quantity}),
     * damaged or lost units (takes them off) or a count (what is on hand now). Units reserved
     * for orders not yet shipped cannot be taken away: they would be promised twice.
     *
     * @return the signed change of what is on hand (0 when a count confirms the level)
     */
    public int adjust(AdjustmentReason reason, int quantity) {
        if (reason == null) {
            throw new InvalidInputException("reason", "is required: RECEIVED, DAMAGED or COUNTED");
        }
        int target = switch (reason) {
            case RECEIVED, DAMAGED -> {
                if (quantity <= 0) {
                    throw new InvalidInputException("quantity", "must be more than zero");
                }
                yield reason == AdjustmentReason.RECEIVED ? Math.addExact(onHand, quantity) : onHand - quantity;
            }
            case COUNTED, SYNCED, IMPORTED -> {
                if (quantity < 0) {
                    throw new InvalidInputException("quantity", "must be 0 or more");
                }
                yield quantity;
            }
        };
        if (target < reserved) {
            throw new InvalidInputException("quantity", reserved + " units are reserved for orders not yet shipped; "
                    + "on hand cannot go below that (it would be " + target + ")");
        }
        int change = target - onHand;
        this.onHand = target;
        return change;
    }

    /** What can still be promised to a shopper. */
    public int available() {
        return onHand - reserved;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    public Long getVariantId() {
        return variantId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }
}
