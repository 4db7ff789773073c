package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.shared.Money;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An order as its customer and the boundaries see it: no database ids, no entities. */
public record OrderView(String number, String email, OrderStatus status, String currency, boolean pricesIncludeTax,
                        List<Line> lines, Money subtotal, Money discount, Money shipping, Money tax, Money grandTotal,
                        String couponCode, String shippingMethod, String shipToCountry, OffsetDateTime placedAt,
                        List<Change> history, boolean replayed, Address shippingAddress) {

    /** Where the order goes, decrypted: only for its customer and staff. */
    public record Address(String name, String line1, String line2, String postalCode, String city, String country) {
    }

    public record Line(String sku, String name, int quantity, Money unitPrice, Money subtotal, Money discount,
                       BigDecimal taxRate, Money tax, Money total) {
    }

    public record Change(OrderStatus from, OrderStatus to, String actor, OffsetDateTime at) {
    }

    public static OrderView of(Order o, boolean replayed) {
        return new OrderView(o.getNumber(), o.getEmail().value(), o.getStatus(), o.getCurrency().getCurrencyCode(),
                o.isPricesIncludeTax(),
                o.getLines().stream().map(l -> new Line(l.getSku(), l.getName(), l.getQuantity(), l.getUnitPrice(),
                        l.getSubtotal(), l.getDiscount(), l.getTaxRate(), l.getTax(), l.getTotal())).toList(),
                o.getSubtotal(), o.getDiscount(), o.getShipping(), o.getTax(), o.getGrandTotal(), o.getCouponCode(),
                o.getShippingMethod(), o.getShippingAddress().getCountry(), o.getPlacedAt(),
                o.getHistory().stream().map(h -> new Change(h.getFrom(), h.getTo(), h.getActor(), h.getChangedAt())).toList(),
                replayed, new Address(o.getShippingAddress().getName(), o.getShippingAddress().getLine1(),
                        o.getShippingAddress().getLine2(), o.getShippingAddress().getPostalCode(),
                        o.getShippingAddress().getCity(), o.getShippingAddress().getCountry()));
    }
}
