package io.openshop.domain.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One variant in a cart and how many of it. Part of the Cart aggregate; holds no price. */
@Entity
@Table(name = "cart_line")
public class CartLine {

    @Id
    @SequenceGenerator(name = "cart_line_seq", sequenceName = "cart_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id", nullable = false)
    private Cart cart;

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    protected CartLine() {
        // for JPA
    }

    CartLine(Cart cart, long variantId, String sku, int quantity) {
        this.cart = cart;
        this.variantId = variantId;
        this.sku = sku;
        this.quantity = Cart.requireQuantity(quantity);
    }

    void changeQuantity(int newQuantity) {
        this.quantity = Cart.requireQuantity(newQuantity);
    }

    public long getVariantId() {
        return variantId;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }
}
