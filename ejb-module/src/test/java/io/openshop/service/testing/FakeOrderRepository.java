package io.openshop.service.testing;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderQuery;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Orders in a list, numbered SO-000001 on; searching is the database's job and not faked. */
public final class FakeOrderRepository implements OrderRepository {

    public final List<Order> orders = new ArrayList<>();
    private long ids;
    private int numbers;

    @Override
    public String nextNumber() {
        return String.format("SO-%06d", ++numbers);
    }

    @Override
    public void add(Order order) {
        orders.add(Ids.assign(order, ++ids));
    }

    @Override
    public Optional<Order> byNumber(String number) {
        return orders.stream().filter(o -> o.getNumber().equals(number)).findFirst();
    }

    @Override
    public Optional<Order> byId(long id) {
        return orders.stream().filter(o -> Objects.equals(o.getId(), id)).findFirst();
    }

    @Override
    public Optional<Order> lock(long id) {
        return byId(id);
    }

    @Override
    public Optional<Order> lockByNumber(String number) {
        return byNumber(number);
    }

    @Override
    public List<Order> byEmail(String email) {
        return orders.stream().filter(o -> o.getEmail().equals(email)).toList();
    }

    @Override
    public List<Order> ofCustomer(long customerId) {
        return orders.stream().filter(o -> Objects.equals(o.getCustomerId(), customerId)).toList();
    }

    @Override
    public List<ParcelToTrack> parcelsToTrack(OffsetDateTime checkedBefore, int max) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public List<String> pendingPlacedBefore(OffsetDateTime time, int max) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Page<OrderSummary> search(OrderQuery query, io.openshop.domain.shared.Sort<io.openshop.domain.order.OrderColumn> sort,
                                     PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }
}
