package io.openshop.service.order;

import io.openshop.domain.identity.Roles;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentGateway;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.payment.PaymentStatus;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.inventory.InventoryService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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

    @Resource
    SessionContext session;

    /** A guest's own order: found only with the email it was placed with, else "not found" (no hint it exists). */
    @PermitAll
    public OrderView view(String number, String email) {
        return OrderView.of(own(number, email), false);
    }

    /** A customer cancels their own order while it is still unpaid. */
    @PermitAll
    public OrderView cancelOwn(String number, String email) {
        Order order = own(number, email);
        cancel(order, order.getEmail());
        return OrderView.of(order, false);
    }

    /** Staff cancel an unpaid order. */
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public OrderView cancel(String number) {
        Order order = locked(number);
        cancel(order, session.getCallerPrincipal().getName());
        return OrderView.of(order, false);
    }

    /** The payment is taken: the authorisation is captured, the order is paid and its workflow starts after the commit. */
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    public OrderView markPaid(String number) {
        Order order = locked(number);
        order.markPaid(session.getCallerPrincipal().getName(), now());
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
        order.startFulfilment(session.getCallerPrincipal().getName(), now());
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
        order.ship(session.getCallerPrincipal().getName(), now());
        if (commitStock) {
            inventory.commit(order.getAllocations());
        }
        workflow.shipped(order);
        return OrderView.of(order, false);
    }

    @RolesAllowed({Roles.FULFILMENT, Roles.ADMIN})
    public OrderView deliver(String number) {
        Order order = locked(number);
        order.deliver(session.getCallerPrincipal().getName(), now());
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

    /** The numbers of orders waiting for payment since before this time (for the expiry timer). */
    @PermitAll
    public List<String> pendingPlacedBefore(OffsetDateTime time, int max) {
        return orders.pendingPlacedBefore(time, max);
    }

    private void cancel(Order order, String actor) {
        order.cancel(actor, now());
        inventory.release(order.getAllocations());
        for (Payment p : payments.ofOrder(order.getId())) {
            if (p.getStatus() == PaymentStatus.AUTHORIZED) {
                gateway.voidAuthorization(p.getReference(), "void-" + order.getNumber() + "-" + p.getId());
                p.voided();
            }
        }
    }

    private Order own(String number, String email) {
        Order order = order(number);
        if (!order.belongsTo(email)) {
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
