package io.openshop.web.order;

import io.openshop.domain.order.OrderAction;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.shared.Page;
import io.openshop.service.order.OrderDeskView;
import io.openshop.web.platform.MoneyResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The order desk's API bodies. */
public final class OrderDeskResponses {

    private OrderDeskResponses() {
    }

    /** One row of the order list. */
    public record OrderSummaryResponse(String number, Instant placedAt, String email, OrderStatus status, MoneyResponse grandTotal) {
        static OrderSummaryResponse of(OrderSummary s) {
            return new OrderSummaryResponse(s.number(), s.placedAt().toInstant(), s.email(), s.status(), MoneyResponse.of(s.grandTotal()));
        }
    }

    /** One page of orders, newest first, with what a client needs to ask for the next. */
    public record OrderPageResponse(List<OrderSummaryResponse> items, int page, int size, long total, int totalPages, boolean hasNext) {
        static OrderPageResponse of(Page<OrderSummary> found) {
            return new OrderPageResponse(found.items().stream().map(OrderSummaryResponse::of).toList(), found.page(), found.size(),
                    found.total(), found.totalPages(), found.hasNext());
        }
    }

    /** A payment as staff see it: the card's last four digits only. */
    public record PaymentResponse(String gateway, PaymentStatus status, String last4, MoneyResponse amount, MoneyResponse captured,
                                  MoneyResponse refunded, MoneyResponse refundable) {
    }

    /** An order in full for staff, with the actions the caller may take on it now. */
    public record OrderDetailResponse(OrderResponse order, PaymentResponse payment, List<OrderAction> actions,
                                      List<OrderDeskView.Parcel> parcels, List<OrderDeskView.Note> notes, Map<String, Integer> unshipped) {
        static OrderDetailResponse of(OrderDeskView v) {
            OrderDeskView.PaymentSummary p = v.payment();
            return new OrderDetailResponse(OrderResponse.of(v.order()), p == null ? null : new PaymentResponse(p.gateway(), p.status(),
                    p.last4(), MoneyResponse.of(p.amount()), MoneyResponse.of(p.captured()), MoneyResponse.of(p.refunded()),
                    MoneyResponse.of(p.refundable())), v.actions(), v.parcels(), v.notes(), v.unshipped());
        }
    }
}
