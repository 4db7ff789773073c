package io.openshop.domain.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A parcel of an order: the units it carries, its tracking number, who sent it and when. Part of the Order aggregate. */
@Entity
@Table(name = "order_shipment")
public class Shipment {

    /** How many units of a SKU a shipment carries. */
    @Embeddable
    public static class Line {
        @Column(nullable = false, length = 40)
        private String sku;

        @Column(nullable = false)
        private int quantity;

        protected Line() {
            // for JPA
        }

        Line(String sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }

        public String getSku() {
            return sku;
        }

        public int getQuantity() {
            return quantity;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false, length = 60)
    private String tracking;

    @Column(name = "shipped_at", nullable = false)
    private OffsetDateTime shippedAt;

    @Column(nullable = false, length = 254)
    private String actor;

    /** The carrier whose tracking number it is ("dhl_express"), when known: only then is its status asked for. */
    @Column(length = 40)
    private String carrier;

    @Enumerated(EnumType.STRING)
    @Column(name = "tracking_status", length = 20)
    private TrackingStatus trackingStatus;

    @Column(name = "tracking_checked_at")
    private OffsetDateTime trackingCheckedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    private List<Line> lines = new ArrayList<>();

    protected Shipment() {
        // for JPA
    }

    Shipment(Order order, String tracking, String carrier, String actor, OffsetDateTime at) {
        this.order = order;
        this.tracking = tracking;
        this.carrier = carrier;
        this.actor = actor;
        this.shippedAt = at;
    }

    void carry(String sku, int quantity) {
        lines.add(new Line(sku, quantity));
    }

    public String getTracking() {
        return tracking;
    }

    /** The carrier's word on the parcel; false when it said nothing new. */
    boolean track(TrackingStatus status, OffsetDateTime at) {
        trackingCheckedAt = at;
        if (status == null || status == trackingStatus) {
            return false;
        }
        trackingStatus = status;
        return true;
    }

    public String getCarrier() {
        return carrier;
    }

    /** The carrier's last word on the parcel; null before it said anything. */
    public TrackingStatus getTrackingStatus() {
        return trackingStatus;
    }

    public OffsetDateTime getTrackingCheckedAt() {
        return trackingCheckedAt;
    }

    public OffsetDateTime getShippedAt() {
        return shippedAt;
    }

    public String getActor() {
        return actor;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }
}
