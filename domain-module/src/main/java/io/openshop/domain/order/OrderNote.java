package io.openshop.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A note staff keep on an order, never shown to the customer. Part of the Order aggregate; never changed. */
@Entity
@Table(name = "order_note")
public class OrderNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 2000)
    private String text;

    protected OrderNote() {
        // for JPA
    }

    OrderNote(Order order, String text, String actor, OffsetDateTime at) {
        this.order = order;
        this.text = text;
        this.actor = actor;
        this.at = at;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getText() {
        return text;
    }
}
