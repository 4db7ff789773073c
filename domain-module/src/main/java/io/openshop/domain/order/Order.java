package io.openshop.domain.order;

import io.openshop.domain.checkout.CarrierRate;
import io.openshop.domain.checkout.PriceBreakdown;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.AttributeOverride;
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
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An order: what was bought, at which prices and tax (snapshots taken at checkout), where it
 * goes, where its stock is reserved, and its status, which moves only along the paths of
 * {@link OrderStatus}; every move is recorded with who made it and when. Aggregate root.
 */
@Entity
@Table(name = "customer_order")
public class Order {

    private static final Pattern NUMBER = Pattern.compile("SO-\\d{6,}");

    @Id
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String number;

    /** Kept as text: rows from before {@link EmailAddress} kept the address as typed, so compare without regard to case. */
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

    @Column(name = "shipping_method", nullable = false, length = 80)
    private String shippingMethod;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "ship_name", nullable = false))
    @AttributeOverride(name = "line1", column = @Column(name = "ship_line1", nullable = false))
    @AttributeOverride(name = "line2", column = @Column(name = "ship_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", nullable = false))
    @AttributeOverride(name = "city", column = @Column(name = "ship_city", nullable = false))
    @AttributeOverride(name = "country", column = @Column(name = "ship_country", nullable = false, length = 2))
    private PostalAddress shippingAddress;

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

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("shippedAt, id")
    private List<Shipment> shipments = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<OrderNote> notes = new ArrayList<>();

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
    public static Order place(String number, EmailAddress email, PostalAddress address, String shippingMethod,
                              String couponCode, PriceBreakdown prices, List<StockAllocation> allocations,
                              Long cartId, String actor, OffsetDateTime now) {
        Order order = new Order();
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("an order number looks like SO-000123, not " + number);
        }
        order.number = number;
        order.email = Objects.requireNonNull(email, "email").value();
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

    /**
     * Erases the customer's personal data from the order: the email becomes the erased account's
     * placeholder and the shipping address keeps only its country. Lines, totals and tax stay.
     */
    public void eraseCustomerData(EmailAddress placeholderEmail) {
        this.email = placeholderEmail.value();
        this.shippingAddress = shippingAddress.erased();
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

    /** Whether the order was placed with this address (orders from before {@link EmailAddress} may differ in case). */
    public boolean belongsTo(EmailAddress someEmail) {
        return someEmail != null && email.equalsIgnoreCase(someEmail.value());
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

    /**
     * Cancels the order (only while its state machine allows) and answers the stock reserved for
     * it, which the caller must release: a cancelled order holds nothing.
     */
    public List<StockAllocation> cancel(String actor, OffsetDateTime at) {
        moveTo(OrderStatus.CANCELLED, actor, at);
        return getAllocations();
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

    /**
     * A parcel with some of the order's units leaves, with its tracking number: only while the
     * order is being fulfilled, never more of a SKU than is left to send. The order is SHIPPED
     * once every unit has left.
     *
     * @param units SKU → units in this parcel
     */
    public Shipment shipPart(Map<String, Integer> units, String tracking, String actor, OffsetDateTime at) {
        if (status != OrderStatus.FULFILLING) {
            throw new IllegalTransitionException(number, status, OrderStatus.SHIPPED);
        }
        String trackingNumber = TextRules.required("tracking", tracking, 60);
        if (shipments.stream().anyMatch(s -> s.getTracking().equals(trackingNumber))) {
            throw new InvalidInputException("tracking", "is already the tracking number of a parcel of order " + number);
        }
        if (units == null || units.values().stream().allMatch(q -> q == null || q == 0)) {
            throw new InvalidInputException("lines", "a parcel carries at least one unit");
        }
        Shipment shipment = new Shipment(this, trackingNumber, CarrierRate.carrierOf(shippingMethod), actor, at);
        for (Map.Entry<String, Integer> unit : new TreeMap<>(units).entrySet()) {
            int quantity = unit.getValue() == null ? 0 : unit.getValue();
            if (quantity == 0) {
                continue;
            }
            OrderLine line = lines.stream().filter(l -> l.getSku().equals(unit.getKey())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("lines", unit.getKey() + " is not part of order " + number));
            if (quantity < 0 || quantity > unshipped(line)) {
                throw new InvalidInputException("lines", "order " + number + " has " + unshipped(line) + " of " + line.getSku()
                        + " left to send, not " + quantity);
            }
            shipment.carry(line.getSku(), quantity);
        }
        shipments.add(shipment);
        if (lines.stream().allMatch(l -> unshipped(l) == 0)) {
            moveTo(OrderStatus.SHIPPED, actor, at);
        }
        return shipment;
    }

    /**
     * A carrier's word on one of the order's parcels. When every parcel of a shipped order has
     * been delivered, the order is DELIVERED (by the carrier, as its history says).
     *
     * @return whether the order moved to DELIVERED
     */
    public boolean tracked(String tracking, TrackingStatus trackingStatus, OffsetDateTime at) {
        Shipment shipment = shipments.stream().filter(s -> s.getTracking().equals(tracking)).findFirst()
                .orElseThrow(() -> new InvalidInputException("tracking", "is not a parcel of order " + number));
        shipment.track(trackingStatus, at);
        if (status == OrderStatus.SHIPPED && shipments.stream().allMatch(s -> s.getTrackingStatus() == TrackingStatus.DELIVERED)) {
            moveTo(OrderStatus.DELIVERED, "carrier " + shipment.getCarrier(), at);
            return true;
        }
        return false;
    }

    /** How many units of a line have not left in a parcel yet. */
    public int unshipped(OrderLine line) {
        int sent = shipments.stream().flatMap(s -> s.getLines().stream()).filter(l -> l.getSku().equals(line.getSku()))
                .mapToInt(Shipment.Line::getQuantity).sum();
        return line.getQuantity() - sent;
    }

    /** Staff note something on the order for each other (never shown to the customer). */
    public OrderNote addNote(String text, String actor, OffsetDateTime at) {
        OrderNote note = new OrderNote(this, TextRules.requiredMultiline("note", text, 2000), actor, at);
        notes.add(note);
        return note;
    }

    public List<Shipment> getShipments() {
        return List.copyOf(shipments);
    }

    public List<OrderNote> getNotes() {
        return List.copyOf(notes);
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

    public EmailAddress getEmail() {
        return new EmailAddress(email);
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

    public PostalAddress getShippingAddress() {
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
