package io.openshop.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One step in an order's history: from which status to which, by whom, when. Part of Order; never changed. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChange {

    @Id
    @SequenceGenerator(name = "order_status_change_seq", sequenceName = "order_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30, updatable = false)
    private OrderStatus to;

    @Column(nullable = false, length = 120, updatable = false)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected OrderStatusChange() {
        // for JPA
    }

    OrderStatusChange(Order order, OrderStatus from, OrderStatus to, String actor, OffsetDateTime changedAt) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.changedAt = changedAt;
    }

    /** Null for the first entry, when the order was placed. */
    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
