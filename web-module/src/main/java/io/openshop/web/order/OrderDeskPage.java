package io.openshop.web.order;

import io.openshop.domain.order.OrderColumn;
import io.openshop.domain.order.OrderQuery;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.order.OrderDeskService;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.PagedGrid;
import io.openshop.web.platform.QueryParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Staff find orders: a lazy table, newest first, filtered by status, the start of a number or
 * email, and the days placed (UTC) given in the form above it. Each page of the table is one
 * search (rows and total together), shared by the table's count and load.
 */
@Named
@ViewScoped
public class OrderDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderDeskService desk;

    private String status;
    private String text;
    private String from;
    private String to;
    private OrderQuery query = OrderQuery.all();

    private final LazyDataModel<OrderSummary> orders = new PagedGrid<>(OrderColumn.class, OrderColumn.DEFAULT,
            (sort, page) -> desk.search(query, sort, page), OrderSummary::number);

    /** Applies the form's filters to the table. */
    public void filter() {
        try {
            Instant lastDay = QueryParameters.instant("to", to); // the date field's day, included
            query = OrderQuery.of(status, text, QueryParameters.instant("from", from), lastDay == null ? null : lastDay.plus(1, ChronoUnit.DAYS));
        } catch (DomainException e) {
            Messages.refuse(e);
        }
    }

    public LazyDataModel<OrderSummary> getOrders() {
        return orders;
    }

    public List<String> getStatuses() {
        return Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
