package io.openshop.web.order;

import java.math.BigDecimal;

/** A refund of part or all of an order's captured payment, in the order's currency. */
public record RefundRequest(BigDecimal amount) {
}
