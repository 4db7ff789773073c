package io.openshop.domain.order;

import io.openshop.domain.checkout.PriceBreakdown;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An order: what was bought, at which prices and tax (snapshots taken at checkout), where it
 * goes, where its stock is reserved, and its status, which moves only along the paths of
 * {@link OrderStatus}; every move is recorded with who made it and when. Aggregate root.
 */
@Entity
@Table(name = "customer_order")
public class Order {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]{1,64}@[^@\\s\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+\\.[^@\\s\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+");
    private static final Pattern NUMBER = Pattern.compile("SO-\\d{6,}");

    @Id
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String number;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderStatus status;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal shipping;

    @Column(name = "shipping_tax", nullable = false, precision = 19, scale = 2)
    private BigDecimal shippingTax;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal tax;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal grandTotal;

    @Column(name = "coupon_code", length = 40)
    private String couponCode;

    @Column(name = "shipping_method", nullable = false, length = 40)
    private String shippingMethod;

    @Embedded
    private ShippingAddress shippingAddress;

    @Column(name = "cart_id")
    private Long cartId;

    /** The account that placed the order while signed in; null for a guest's order. */
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private OffsetDateTime placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<OrderStatusChange> history = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_allocation", joinColumns = @JoinColumn(name = "order_id"))
    private List<StockAllocation> allocations = new ArrayList<>();

    @Version
    private long version;

    protected Order() {
        // for JPA
    }

    /**
     * A new order waiting for payment, from a priced cart and the stock reserved for it.
     *
     * @param actor who placed it (the customer's email for a guest)
     */
    public static Order place(String number, String email, ShippingAddress address, String shippingMethod,
                              String couponCode, PriceBreakdown prices, List<StockAllocation> allocations,
                              Long cartId, String actor, OffsetDateTime now) {
        Order order = new Order();
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("an order number looks like SO-000123, not " + number);
        }
        order.number = number;
        order.email = normaliseEmail(email);
        order.shippingAddress = Objects.requireNonNull(address, "address");
        order.shippingMethod = Objects.requireNonNull(shippingMethod, "shippingMethod");
        order.couponCode = couponCode;
        order.currency = prices.subtotal().currency().getCurrencyCode();
        order.pricesIncludeTax = prices.pricesIncludeTax();
        order.subtotal = prices.subtotal().amount();
        order.discount = prices.discount().amount();
        order.shipping = prices.shipping().amount();
        order.shippingTax = prices.shippingTax().amount();
        order.tax = prices.tax().amount();
        order.grandTotal = prices.grandTotal().amount();
        for (int i = 0; i < prices.lines().size(); i++) {
            order.lines.add(new OrderLine(order, i, prices.lines().get(i)));
        }
        order.allocations.addAll(allocations);
        order.cartId = cartId;
        order.placedAt = now;
        order.status = OrderStatus.PENDING_PAYMENT;
        order.history.add(new OrderStatusChange(order, null, OrderStatus.PENDING_PAYMENT, actor, now));
        return order;
    }

    /** Addresses are kept as given but compared without regard to case. */
    public static String normaliseEmail(String email) {
        String e = email == null ? "" : email.strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new InvalidInputException("email", "must be an email address");
        }
        return e;
    }

    /**
     * Erases the customer's personal data from the order: the email becomes the erased account's
     * placeholder and the shipping address keeps only its country. Lines, totals and tax stay.
     */
    public void eraseCustomerData(String placeholderEmail) {
        this.email = normaliseEmail(placeholderEmail);
        this.shippingAddress = ShippingAddress.erased(shippingAddress.getCountry());
    }

    /** Ties the order to the signed-in account that placed it (set once, at checkout). */
    public void placedByCustomer(long accountId) {
        if (customerId != null && customerId != accountId) {
            throw new IllegalStateException("order " + number + " already belongs to another account");
        }
        this.customerId = accountId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** The customer asks to send a delivered order back. */
    public void requestReturn(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.RETURN_REQUESTED, actor, at);
    }

    /**
     * Staff received the parcel back: the order becomes RETURNED, and the units they chose to
     * put back on the shelf are checked against what was bought: only SKUs of this order, more
     * than zero, and in all never more of a SKU than its line holds.
     *
     * @return the stock to put back on hand, by variant and warehouse
     */
    public List<StockAllocation> receiveReturn(List<Restock> restocks, String actor, OffsetDateTime at) {
        if (status != OrderStatus.RETURN_REQUESTED) {
            throw new IllegalTransitionException(number, status, OrderStatus.RETURNED);
        }
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        List<StockAllocation> back = new ArrayList<>();
        for (Restock r : restocks == null ? List.<Restock>of() : restocks) {
            String sku = r.sku() == null ? "" : r.sku().strip().toUpperCase(Locale.ROOT);
            OrderLine line = lines.stream().filter(l -> l.getSku().equals(sku)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("lines", sku + " is not part of order " + number));
            if (r.quantity() <= 0) {
                throw new InvalidInputException("lines", "a restocked quantity of " + sku + " must be more than zero");
            }
            int sum = taken.merge(sku, r.quantity(), Integer::sum);
            if (sum > line.getQuantity()) {
                throw new InvalidInputException("lines", "order " + number + " has only " + line.getQuantity() + " of " + sku
                        + ", so no more can be restocked");
            }
            back.add(new StockAllocation(line.getVariantId(), r.warehouseId(), r.quantity()));
        }
        moveTo(OrderStatus.RETURNED, actor, at);
        return List.copyOf(back);
    }

    /** Units of a returned SKU to put back on hand in a warehouse. */
    public record Restock(String sku, int quantity, long warehouseId) {
    }

    public boolean belongsTo(String someEmail) {
        return someEmail != null && email.toLowerCase(Locale.ROOT).equals(someEmail.strip().toLowerCase(Locale.ROOT));
    }

    /** Moves the order to a status its current one allows, and records the move; refuses any other. */
    public void moveTo(OrderStatus next, String actor, OffsetDateTime at) {
        Objects.requireNonNull(next, "next");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every move has an actor");
        }
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException(number, status, next);
        }
        history.add(new OrderStatusChange(this, status, next, actor.length() > 120 ? actor.substring(0, 120) : actor, at));
        status = next;
    }

    public void markPaid(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.PAID, actor, at);
    }

    public void cancel(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.CANCELLED, actor, at);
    }

    /** Money went back to the customer: all of it (REFUNDED) or part (PARTIALLY_REFUNDED). */
    public void refunded(boolean fully, String actor, OffsetDateTime at) {
        moveTo(fully ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED, actor, at);
    }

    public void startFulfilment(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.FULFILLING, actor, at);
    }

    public void ship(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.SHIPPED, actor, at);
    }

    public void deliver(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.DELIVERED, actor, at);
    }

    /** What staff may do to the order now, as its state machine allows (roles are the boundary's concern). */
    public List<OrderAction> allowedActions() {
        return OrderAction.allowedIn(status);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, getCurrency());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getEmail() {
        return email;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public Money getSubtotal() {
        return money(subtotal);
    }

    public Money getDiscount() {
        return money(discount);
    }

    public Money getShipping() {
        return money(shipping);
    }

    public Money getShippingTax() {
        return money(shippingTax);
    }

    public Money getTax() {
        return money(tax);
    }

    public Money getGrandTotal() {
        return money(grandTotal);
    }

    public String getCouponCode() {
        return couponCode;
    }

    public String getShippingMethod() {
        return shippingMethod;
    }

    public ShippingAddress getShippingAddress() {
        return shippingAddress;
    }

    public OffsetDateTime getPlacedAt() {
        return placedAt;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public List<OrderStatusChange> getHistory() {
        return List.copyOf(history);
    }

    public List<StockAllocation> getAllocations() {
        return List.copyOf(allocations);
    }

    public long getVersion() {
        return version;
    }
}
