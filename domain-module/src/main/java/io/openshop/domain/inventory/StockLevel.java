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

    /** Stock that arrived (or was counted in). */
    public void receive(int quantity) {
        if (quantity <= 0) {
            throw new InvalidInputException("quantity", "must be more than zero");
        }
        this.onHand = Math.addExact(onHand, quantity);
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
