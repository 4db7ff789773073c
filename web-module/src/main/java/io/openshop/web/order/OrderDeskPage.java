package io.openshop.web.order;

import io.openshop.domain.order.OrderQuery;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.service.order.OrderDeskService;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.QueryParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    private final LazyDataModel<OrderSummary> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private transient Page<OrderSummary> last;
        private transient OrderQuery lastQuery;
        private int lastFirst = -1;

        private Page<OrderSummary> page(int first, int pageSize) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            if (last == null || lastFirst != first || last.size() != size || !query.equals(lastQuery)) {
                last = desk.search(query, new PageRequest(first / size, size));
                lastQuery = query;
                lastFirst = first;
            }
            return last;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, page(getFirst(), getPageSize()).total());
        }

        @Override
        public List<OrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<OrderSummary> page = page(first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        private int getFirst() {
            return Math.max(0, lastFirst);
        }

        @Override
        public String getRowKey(OrderSummary order) {
            return order.number();
        }
    };

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
