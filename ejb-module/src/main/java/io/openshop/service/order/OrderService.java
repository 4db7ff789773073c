package io.openshop.service.order;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.Shipment;
import io.openshop.domain.order.TrackingStatus;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.identity.CurrentAccount;
import io.openshop.service.inventory.InventoryService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What happens to orders after checkout. Each status change goes through the order's state
 * machine and carries its effect on stock and payment in the same transaction: cancelling
 * releases the reservation and voids the authorisation, paying captures, shipping takes the
 * stock out of the warehouses.
 */
@Stateless
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentGateway gateway;

    @Inject
    InventoryService inventory;

    @Inject
    OrderWorkflow workflow;

    @Inject
    OrderCancellation cancellation;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentAccount current;

    /** A guest's own order: found only with the email it was placed with, else "not found" (no hint it exists). */
    @PermitAll
    public OrderView view(String number, String email) {
        return OrderView.of(own(number, email), false);
    }

    /** A customer cancels their own order while it is still unpaid. */
    @PermitAll
    public OrderView cancelOwn(String number, String email) {
        Order order = own(number, email);
        cancel(order, order.getEmail().value());
        return OrderView.of(order, false);
    }

    /** Staff cancel an unpaid order. */
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public OrderView cancel(String number) {
        Order order = locked(number);
        cancel(order, current.name());
        return OrderView.of(order, false);
    }

    /** The payment is taken: the authorisation is captured, the order is paid and its workflow starts after the commit. */
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public OrderView markPaid(String number) {
        Order order = locked(number);
        order.markPaid(current.name(), now());
        for (Payment p : payments.ofOrder(order.getId())) {
            if (p.getStatus() == PaymentStatus.AUTHORIZED) {
                gateway.capture(p.getReference(), p.getAmount(), "capture-" + order.getNumber() + "-" + p.getId());
                p.captured();
            }
        }
        workflow.paid(order);
        return OrderView.of(order, false);
    }

    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    public OrderView startFulfilment(String number) {
        Order order = locked(number);
        order.startFulfilment(current.name(), now());
        return OrderView.of(order, false);
    }

    /**
     * The parcel left: its stock leaves the warehouses (on hand and reserved both drop) unless the
     * workflow took it out when the order was paid, and the customer is emailed once.
     */
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    public OrderView ship(String number) {
        // the workflow's step row first, then the order: the order in which the step itself locks them
        boolean commitStock = workflow.claimStockCommit(order(number));
        Order order = locked(number);
        order.ship(current.name(), now());
        if (commitStock) {
            inventory.commit(order.getAllocations(), order.getNumber());
        }
        workflow.shipped(order);
        return OrderView.of(order, false);
    }

    /**
     * A parcel with some of the order's units leaves with its tracking number: its email tells the
     * customer the number. The order's stock leaves the warehouses with the first parcel unless the
     * workflow took it out when the order was paid; the order is SHIPPED once every unit has left.
     *
     * @param units SKU → units in the parcel
     */
    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    public OrderView shipParcel(String number, Map<String, Integer> units, String tracking) {
        boolean commitStock = workflow.claimStockCommit(order(number));
        Order order = locked(number);
        Shipment parcel = order.shipPart(units, tracking, current.name(), now());
        if (commitStock) {
            inventory.commit(order.getAllocations(), order.getNumber());
        }
        workflow.parcelShipped(order, parcel, order.getShipments().size());
        return OrderView.of(order, false);
    }

    /** Staff note something on an order for each other; the customer never sees it. */
    @RolesAllowed({Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN})
    public OrderView addNote(String number, String text) {
        Order order = locked(number);
        order.addNote(text, current.name(), now());
        return OrderView.of(order, false);
    }

    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    public OrderView deliver(String number) {
        Order order = locked(number);
        order.deliver(current.name(), now());
        return OrderView.of(order, false);
    }

    /**
     * The signed-in customer's orders, newest first: those placed while signed in to the account,
     * and, once the account's email is verified, those placed with that email as a guest.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public List<OrderView> myOrders() {
        UserAccount me = current.get();
        return orders.ofAccount(me.getId(), me.getEmail().value(), me.isEmailVerified()).stream()
                .map(o -> OrderView.of(o, false)).toList();
    }

    /** One of the signed-in customer's orders; anyone else's is "not found". */
    @RolesAllowed(Roles.CUSTOMER)
    public OrderView myOrder(String number) {
        return OrderView.of(mine(number), false);
    }

    /** The customer asks to send back a delivered order of their own (recorded with them as actor, and audited). */
    @RolesAllowed(Roles.CUSTOMER)
    public OrderView requestReturn(String number) {
        Order order = mine(number);
        String actor = current.name();
        OrderStatus before = order.getStatus();
        order.requestReturn(actor, now());
        audit.record(new AuditEntry(actor, AuditAction.RETURN_REQUESTED, "order:" + order.getNumber(), Map.of("status", before.name()),
                Map.of("status", order.getStatus().name()), null));
        return OrderView.of(order, false);
    }

    /**
     * Staff received a returned parcel: the order becomes RETURNED and the units they chose go
     * back on hand in the warehouses named (one atomic update per stock row, in this transaction).
     * Refunding is a separate step for a role that may refund ({@code PaymentService.refund}).
     */
    @RolesAllowed({Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN})
    public OrderView receiveReturn(String number, List<RestockRequest> restocks) {
        Order order = order(number);
        String actor = current.name();
        List<Order.Restock> wanted = new ArrayList<>();
        for (RestockRequest r : restocks == null ? List.<RestockRequest>of() : restocks) {
            if (r == null || r.warehouse() == null || r.warehouse().isBlank()) {
                throw new InvalidInputException("warehouse", "is required for each restocked line");
            }
            wanted.add(new Order.Restock(r.sku(), r.quantity(), inventory.warehouseId(r.warehouse().strip())));
        }
        List<StockAllocation> back = order.receiveReturn(wanted, actor, now());
        inventory.restock(back, order.getNumber());
        audit.record(new AuditEntry(actor, AuditAction.RETURN_RECEIVED, "order:" + order.getNumber(), Map.of("status", OrderStatus.RETURN_REQUESTED.name()),
                Map.of("status", order.getStatus().name(), "restocked", restocks == null ? "" : restocks.stream()
                        .map(r -> r.sku() + "x" + r.quantity() + "@" + r.warehouse()).collect(Collectors.joining(","))), null));
        return OrderView.of(order, false);
    }

    /**
     * Cancels an order whose payment never came within the reservation time, giving its stock
     * back; does nothing to an order that was paid or cancelled meanwhile. Called by the expiry timer.
     */
    @PermitAll
    public boolean expireIfUnpaid(String number, OffsetDateTime placedBefore) {
        Order order = order(number);
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT || !order.getPlacedAt().isBefore(placedBefore)) {
            return false;
        }
        cancel(order, "system:reservation-expiry");
        return true;
    }

    /**
     * A carrier's word on a parcel of an order ({@code null}: it said nothing, the parcel was only
     * asked about): kept on the parcel; the order is DELIVERED once all its parcels are. Called by
     * the tracking poll.
     *
     * @return whether the order moved to DELIVERED
     */
    @PermitAll
    public boolean recordTracking(String number, String tracking, TrackingStatus status) {
        return locked(number).tracked(tracking, status, now());
    }

    /** Parcels whose carrier should be asked about them again (for the tracking poll). */
    @PermitAll
    public List<OrderRepository.ParcelToTrack> parcelsToTrack(OffsetDateTime checkedBefore, int max) {
        return orders.parcelsToTrack(checkedBefore, max);
    }

    /** The parcels of one order whose carrier is known and which have not arrived (for staff's "check tracking now"). */
    @RolesAllowed({Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN})
    public List<OrderRepository.ParcelToTrack> parcelsToTrack(String number) {
        Order order = order(number);
        return order.getShipments().stream()
                .filter(s -> s.getCarrier() != null && (s.getTrackingStatus() == null || !s.getTrackingStatus().isFinal()))
                .map(s -> new OrderRepository.ParcelToTrack(order.getNumber(), s.getCarrier(), s.getTracking())).toList();
    }

    /** The numbers of orders waiting for payment since before this time (for the expiry timer). */
    @PermitAll
    public List<String> pendingPlacedBefore(OffsetDateTime time, int max) {
        return orders.pendingPlacedBefore(time, max);
    }

    private void cancel(Order order, String actor) {
        cancellation.cancel(order, actor, now());
    }

    private Order mine(String number) {
        Order order = order(number);
        UserAccount me = current.get();
        boolean mine = me.getId().equals(order.getCustomerId()) || (me.isEmailVerified() && order.belongsTo(me.getEmail()));
        if (!mine) {
            throw new NotFoundException("Order", number);
        }
        return order;
    }


    /** A guest's typed address; one that is no address owns no order. */
    private static EmailAddress asEmail(String typed) {
        try {
            return typed == null ? null : EmailAddress.of(typed);
        } catch (InvalidInputException notAnEmail) {
            return null;
        }
    }

    private Order own(String number, String email) {
        Order order = order(number);
        if (!order.belongsTo(asEmail(email))) {
            throw new NotFoundException("Order", number);
        }
        return order;
    }

    private Order order(String number) {
        if (number == null) {
            throw new NotFoundException("Order", "");
        }
        return orders.byNumber(number.strip()).orElseThrow(() -> new NotFoundException("Order", number));
    }

    /** The order locked for a change, so the workflow's steps and staff wait for each other instead of failing. */
    private Order locked(String number) {
        if (number == null) {
            throw new NotFoundException("Order", "");
        }
        return orders.lockByNumber(number.strip()).orElseThrow(() -> new NotFoundException("Order", number));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
