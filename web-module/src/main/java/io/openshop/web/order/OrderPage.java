package io.openshop.web.order;

import io.openshop.domain.order.OrderAction;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.order.OrderDeskService;
import io.openshop.service.order.OrderDeskView;
import io.openshop.service.order.OrderService;
import io.openshop.service.order.ParcelTracking;
import io.openshop.service.order.OrderView;
import io.openshop.service.order.RestockRequest;
import io.openshop.service.payment.PaymentService;
import io.openshop.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One order for staff, bookmarkable by its number: what was bought, where it goes, its payment
 * and history, and a button for each action the order desk says the caller may take now. Each
 * button calls the boundary that performs it. Capture and refund carry an idempotency key made
 * once per rendering of their form and sent back with it (a hidden field), so the same form
 * submitted twice (a double click) is one capture or refund, the second answered with the first
 * result; a status change done from this view is not sent again either.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderDeskService desk;

    @Inject
    OrderService orders;

    @EJB
    ParcelTracking parcelTracking;

    @Inject
    PaymentService payments;

    private String number;
    /** Read again after a restored session, which does not keep it. */
    private transient OrderDeskView view;
    private boolean missing;
    private final Map<String, Integer> restock = new LinkedHashMap<>();
    private String warehouse;
    private BigDecimal refundAmount;
    private String captureKey = UUID.randomUUID().toString();
    private String refundKey = UUID.randomUUID().toString();
    private final Set<OrderAction> done = EnumSet.noneOf(OrderAction.class);
    private final Map<String, Integer> parcel = new LinkedHashMap<>();
    private String tracking;
    private String note;

    /** Reads the order named by the number parameter (a view action, so a bookmark works). */
    public void load() {
        view = null;
        missing = true;
        if (number == null || number.isBlank()) {
            message(FacesMessage.SEVERITY_INFO, "Open an order from the order list, or add ?number=SO-… to the address.");
            return;
        }
        try {
            view = desk.detail(number);
            missing = false;
        } catch (NotFoundException e) {
            message(FacesMessage.SEVERITY_ERROR, "There is no order '" + number + "'.");
        }
    }

    public String capture() {
        return perform(OrderAction.CAPTURE, () -> payments.capture(number, captureKey), "The payment was captured.");
    }

    public String startFulfilment() {
        return perform(OrderAction.START_FULFILMENT, () -> orders.startFulfilment(number), "Fulfilment started.");
    }

    public String ship() {
        return perform(OrderAction.SHIP, () -> orders.ship(number), "The order is shipped.");
    }

    /** The parcel form: the units typed per SKU leave with the tracking number (a second submit of the same number is refused). */
    public String shipParcel() {
        Map<String, Integer> units = new LinkedHashMap<>(parcel); // lines left empty carry nothing (the order's rule)
        String result = perform(null, () -> orders.shipParcel(number, units, tracking), "The parcel is on its way; the customer is"
                + " emailed its tracking number.");
        if (!FacesContext.getCurrentInstance().isValidationFailed() && FacesContext.getCurrentInstance().getMessageList().stream()
                .noneMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
            parcel.clear();
            tracking = null;
        }
        return result;
    }

    public String addNote() {
        String result = perform(null, () -> orders.addNote(number, note), "The note is added.");
        if (FacesContext.getCurrentInstance().getMessageList().stream().noneMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
            note = null;
        }
        return result;
    }

    public Map<String, Integer> getParcel() {
        return parcel;
    }

    public String getTracking() {
        return tracking;
    }

    public void setTracking(String tracking) {
        this.tracking = tracking;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Asks the carrier service now where the order's parcels are (it is also asked every ten minutes). */
    public String checkTracking() {
        int answered;
        try {
            answered = parcelTracking.trackOrder(number);
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, "Your role may not do this to an order.");
            return null;
        }
        message(answered > 0 ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, answered > 0
                ? "The carrier's word on " + answered + " parcel(s) is shown below."
                : "The carrier service gave no answer now (not configured, or slow or down); the shop asks again by itself.");
        load();
        return null;
    }

    public boolean isTrackable() {
        OrderDeskView current = getView();
        return current != null && current.parcels().stream().anyMatch(p -> p.carrier() != null
                && (p.trackingStatus() == null || !p.trackingStatus().isFinal()));
    }

    public String deliver() {
        return perform(OrderAction.DELIVER, () -> orders.deliver(number), "The order is marked delivered.");
    }

    public String cancel() {
        return perform(OrderAction.CANCEL, () -> orders.cancel(number), "The order is cancelled.");
    }

    public String receiveReturn() {
        List<RestockRequest> back = new ArrayList<>();
        restock.forEach((sku, quantity) -> {
            if (quantity != null && quantity > 0) {
                back.add(new RestockRequest(sku, quantity, warehouse));
            }
        });
        return perform(OrderAction.RECEIVE_RETURN, () -> orders.receiveReturn(number, back), "The return was received"
                + (back.isEmpty() ? ", nothing restocked." : " and " + back.stream().mapToInt(RestockRequest::quantity).sum()
                + " unit(s) restocked."));
    }

    /** Refunds the amount typed, or what is left to refund when the field is empty. */
    public String refund() {
        OrderDeskView current = getView();
        BigDecimal amount = refundAmount != null ? refundAmount
                : current == null || current.payment() == null ? null : current.payment().refundable().amount();
        String key = refundKey;
        return perform(OrderAction.REFUND, () -> payments.refund(number, amount, key), "Refunded " + amount + ".");
    }

    /**
     * Calls the boundary once per form: a second submit of the same action from the same form
     * (a double click) is answered with the first result instead of being sent again (for an
     * action of the state machine; parcels and notes pass null).
     */
    private String perform(OrderAction action, Supplier<OrderView> call, String success) {
        if (action != null && done.contains(action) && action != OrderAction.REFUND) {
            message(FacesMessage.SEVERITY_INFO, success);
            return null;
        }
        try {
            call.get();
            if (action != null) {
                done.add(action);
            }
            if (action == OrderAction.REFUND) {
                refundKey = UUID.randomUUID().toString(); // the next refund from this form is a new one
                refundAmount = null;
            }
            message(FacesMessage.SEVERITY_INFO, success);
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()));
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, "Your role may not do this to an order.");
        }
        load();
        return null;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public boolean isFound() {
        return getView() != null;
    }

    public OrderDeskView getView() {
        if (view == null && !missing && number != null) {
            view = desk.detail(number);
        }
        return view;
    }

    public OrderView getOrder() {
        return getView() == null ? null : view.order();
    }

    public OrderDeskView.PaymentSummary getPayment() {
        return getView() == null ? null : view.payment();
    }

    public boolean allows(String action) {
        return getView() != null && view.allows(action);
    }

    public String statusLabel(OrderStatus status) {
        if (status == null) {
            return "";
        }
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String getCaptureKey() {
        return captureKey;
    }

    public void setCaptureKey(String captureKey) {
        this.captureKey = captureKey;
    }

    public String getRefundKey() {
        return refundKey;
    }

    public void setRefundKey(String refundKey) {
        this.refundKey = refundKey;
    }

    public Map<String, Integer> getRestock() {
        return restock;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }
}
