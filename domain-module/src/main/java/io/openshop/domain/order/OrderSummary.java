package io.openshop.domain.order;

import io.openshop.domain.shared.Money;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of the staff's order list: what the list shows, read in one query without loading the order. */
public record OrderSummary(String number, OffsetDateTime placedAt, String email, OrderStatus status, Money grandTotal) implements Serializable {
}
