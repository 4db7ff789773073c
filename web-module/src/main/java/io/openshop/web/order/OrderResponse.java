package io.openshop.web.order;

import io.openshop.domain.order.OrderStatus;
import io.openshop.service.order.OrderView;
import io.openshop.web.platform.MoneyResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as its customer sees it. */
public record OrderResponse(String number, OrderStatus status, String email, String currency, boolean pricesIncludeTax,
                            List<LineResponse> lines, MoneyResponse subtotal, MoneyResponse discount,
                            MoneyResponse shipping, MoneyResponse tax, MoneyResponse grandTotal, String couponCode,
                            String shippingMethod, String shipToCountry, Instant placedAt, List<ChangeResponse> history,
                            AddressResponse shippingAddress) {

    public record AddressResponse(String name, String line1, String line2, String postalCode, String city, String country) {
    }

    public record LineResponse(String sku, String name, int quantity, MoneyResponse unitPrice, MoneyResponse subtotal,
                               MoneyResponse discount, BigDecimal taxRate, MoneyResponse tax, MoneyResponse total) {
    }

    public record ChangeResponse(OrderStatus from, OrderStatus to, String actor, Instant at) {
    }

    public static OrderResponse of(OrderView o) {
        return new OrderResponse(o.number(), o.status(), o.email(), o.currency(), o.pricesIncludeTax(),
                o.lines().stream().map(l -> new LineResponse(l.sku(), l.name(), l.quantity(), MoneyResponse.of(l.unitPrice()),
                        MoneyResponse.of(l.subtotal()), MoneyResponse.of(l.discount()), l.taxRate(), MoneyResponse.of(l.tax()),
                        MoneyResponse.of(l.total()))).toList(),
                MoneyResponse.of(o.subtotal()), MoneyResponse.of(o.discount()), MoneyResponse.of(o.shipping()),
                MoneyResponse.of(o.tax()), MoneyResponse.of(o.grandTotal()), o.couponCode(), o.shippingMethod(),
                o.shipToCountry(), o.placedAt().toInstant(),
                o.history().stream().map(h -> new ChangeResponse(h.from(), h.to(), h.actor(), h.at().toInstant())).toList(),
                new AddressResponse(o.shippingAddress().name(), o.shippingAddress().line1(), o.shippingAddress().line2(),
                        o.shippingAddress().postalCode(), o.shippingAddress().city(), o.shippingAddress().country()));
    }
}
