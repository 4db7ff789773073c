package io.openshop.domain.order;

import io.openshop.domain.checkout.PricedLine;
import io.openshop.domain.shared.Money;
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

import java.math.BigDecimal;
import java.util.Currency;

/** What was bought in one line, with the prices and tax as they were at the time (snapshots). Part of Order. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @Column(nullable = false)
    private int position;

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Column(name = "tax_rate", nullable = false, precision = 6, scale = 4)
    private BigDecimal taxRate;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal tax;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(Order order, int position, PricedLine priced) {
        this.order = order;
        this.position = position;
        this.variantId = priced.line().variantId();
        this.sku = priced.line().sku();
        this.name = priced.line().name();
        this.quantity = priced.line().quantity();
        this.unitPrice = priced.line().unitPrice().amount();
        this.subtotal = priced.subtotal().amount();
        this.discount = priced.discount().amount();
        this.taxRate = priced.line().taxRate();
        this.tax = priced.tax().amount();
        this.total = priced.total().amount();
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(order.getCurrency().getCurrencyCode()));
    }

    public long getVariantId() {
        return variantId;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return money(unitPrice);
    }

    public Money getSubtotal() {
        return money(subtotal);
    }

    public Money getDiscount() {
        return money(discount);
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public Money getTax() {
        return money(tax);
    }

    public Money getTotal() {
        return money(total);
    }
}
