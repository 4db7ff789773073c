package io.openshop.domain.order;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    /** The next human-friendly order number (SO-000123), from a database sequence. */
    String nextNumber();

    void add(Order order);

    Optional<Order> byNumber(String number);

    Optional<Order> byId(long id);

    /**
     * The order, locked until the end of the transaction and read afresh: the order workflow's
     * steps, payments and staff change an order concurrently, and wait for each other here rather
     * than failing on its version.
     */
    Optional<Order> lock(long id);

    /** As {@link #lock(long)}, by number. */
    Optional<Order> lockByNumber(String number);

    /** Every order placed with this email (compared without regard to case), newest first. */
    List<Order> byEmail(String email);

    /** Every order placed by this account while signed in, newest first. */
    List<Order> ofCustomer(long customerId);

    /** The numbers of orders still waiting for payment that were placed before this time. */
    List<String> pendingPlacedBefore(OffsetDateTime time, int max);

    /** The orders matching the query, newest first, one page at a time (rows and total in one statement). */
    Page<OrderSummary> search(OrderQuery query, PageRequest page);
}
