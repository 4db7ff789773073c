package io.openshop.domain.order;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * An account's orders, newest first: those placed while signed in to it and, once its email
     * is verified, those placed with that email as a guest (each order once).
     */
    default List<Order> ofAccount(long customerId, String email, boolean emailVerified) {
        Map<String, Order> theirs = new LinkedHashMap<>();
        ofCustomer(customerId).forEach(o -> theirs.put(o.getNumber(), o));
        if (emailVerified) {
            byEmail(email).forEach(o -> theirs.putIfAbsent(o.getNumber(), o));
        }
        return theirs.values().stream().sorted(Comparator.comparing(Order::getPlacedAt).reversed()).toList();
    }

    /** The numbers of orders still waiting for payment that were placed before this time. */
    /**
     * Parcels whose carrier is known and that have not reached the end of their way, shipped in the
     * last 60 days and not asked about since this time, least recently asked first.
     */
    List<ParcelToTrack> parcelsToTrack(OffsetDateTime checkedBefore, int max);

    /** A parcel the tracking poll asks its carrier about. */
    record ParcelToTrack(String orderNumber, String carrier, String tracking) {
    }

    List<String> pendingPlacedBefore(OffsetDateTime time, int max);

    /** The orders matching the query in the order asked, one page at a time (rows and total in one statement). */
    Page<OrderSummary> search(OrderQuery query, Sort<OrderColumn> sort, PageRequest page);
}
