package io.openshop.domain.order;

import io.openshop.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * What staff look for among orders; every part is optional. {@code text} is the start of an order
 * number (SO-0001…) or of the customer's email, without regard to case; the time range includes
 * {@code from} and excludes {@code to}.
 */
public record OrderQuery(OrderStatus status, String text, Instant from, Instant to) implements Serializable {

    public OrderQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 254) {
            throw new InvalidInputException("q", "must be at most 254 characters");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null);
    }

    /** The query with the status given by its name (null or blank for any). */
    public static OrderQuery of(String status, String text, Instant from, Instant to) {
        OrderStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "must be one of an order's statuses, such as PAID or SHIPPED");
            }
        }
        return new OrderQuery(parsed, text, from, to);
    }
}
