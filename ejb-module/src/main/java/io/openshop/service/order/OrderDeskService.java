package io.openshop.service.order;

import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderAction;
import io.openshop.domain.order.OrderColumn;
import io.openshop.domain.order.OrderQuery;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.order.Shipment;
import io.openshop.domain.payment.Payment;
import io.openshop.domain.payment.PaymentRepository;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;

/**
 * The staff's order desk: finding orders and reading one in full. Changing an order stays with
 * {@link OrderService} and {@code PaymentService}; this boundary only says which of their use
 * cases the order's state machine allows now and the caller's role may call.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT})
public class OrderDeskService {

    /** Who may perform each action: the roles of the EJB method that performs it (OrderDeskServiceTest keeps them equal). */
    static final Map<OrderAction, Set<String>> ROLES = Map.of(
            OrderAction.CAPTURE, Set.of(Roles.SUPPORT, Roles.ADMIN),
            OrderAction.START_FULFILMENT, Set.of(Roles.FULFILMENT, Roles.ADMIN),
            OrderAction.SHIP, Set.of(Roles.FULFILMENT, Roles.ADMIN),
            OrderAction.DELIVER, Set.of(Roles.FULFILMENT, Roles.ADMIN),
            OrderAction.CANCEL, Set.of(Roles.SUPPORT, Roles.ADMIN),
            OrderAction.RECEIVE_RETURN, Set.of(Roles.FULFILMENT, Roles.SUPPORT, Roles.ADMIN),
            OrderAction.REFUND, Set.of(Roles.SUPPORT, Roles.ADMIN));

    @Inject
    OrderRepository orders;

    @Inject
    PaymentRepository payments;

    @Inject
    InventoryRepository inventory;

    @Resource
    SessionContext session;

    /** The orders matching the query in the order asked (newest first by default), one page at a time. */
    public Page<OrderSummary> search(OrderQuery query, Sort<OrderColumn> sort, PageRequest page) {
        return orders.search(query == null ? OrderQuery.all() : query, sort, page);
    }

    /** One order in full for staff; an unknown number is "not found". */
    public OrderDeskView detail(String number) {
        if (number == null || number.isBlank()) {
            throw new NotFoundException("Order", "");
        }
        Order order = orders.byNumber(number.strip()).orElseThrow(() -> new NotFoundException("Order", number));
        Payment payment = payments.ofOrder(order.getId()).stream().max(Comparator.comparing(Payment::getId)).orElse(null);
        List<OrderAction> actions = order.allowedActions().stream()
                .filter(a -> a != OrderAction.REFUND || (payment != null && payment.isRefundable()))
                .filter(a -> ROLES.get(a).stream().anyMatch(session::isCallerInRole))
                .toList();
        OrderDeskView.PaymentSummary paid = payment == null ? null : new OrderDeskView.PaymentSummary(payment.getGateway(),
                payment.getStatus(), payment.getLast4(), payment.getAmount(), payment.getCaptured(), payment.getRefunded(),
                payment.getCaptured().minus(payment.getRefunded()));
        List<OrderDeskView.Parcel> parcels = order.getShipments().stream().map(p -> new OrderDeskView.Parcel(p.getTracking(),
                p.getLines().stream().collect(Collectors.toMap(Shipment.Line::getSku, Shipment.Line::getQuantity, Integer::sum,
                        TreeMap::new)), p.getActor(), p.getShippedAt(), p.getCarrier(), p.getTrackingStatus())).toList();
        List<OrderDeskView.Note> notes = order.getNotes().stream().map(n -> new OrderDeskView.Note(n.getText(), n.getActor(), n.getAt()))
                .toList();
        Map<String, Integer> unshipped = new TreeMap<>();
        order.getLines().forEach(l -> unshipped.merge(l.getSku(), order.unshipped(l), Integer::sum));
        return new OrderDeskView(OrderView.of(order, false), paid, actions,
                inventory.warehouses().stream().map(Warehouse::getCode).sorted().toList(), parcels, notes, unshipped);
    }
}
