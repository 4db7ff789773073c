package io.openshop.service.testing;

import io.openshop.domain.order.Order;
import io.openshop.service.order.OrderWorkflow;

import java.util.ArrayList;
import java.util.List;

/** The workflow without JMS: keeps which orders it was told were paid or shipped. */
public final class FakeOrderWorkflow extends OrderWorkflow {

    public final List<String> paid = new ArrayList<>();
    public final List<String> shipped = new ArrayList<>();
    private final List<String> stockCommitted = new ArrayList<>();

    @Override
    public void paid(Order order) {
        paid.add(order.getNumber());
    }

    @Override
    public boolean claimStockCommit(Order order) {
        if (stockCommitted.contains(order.getNumber())) {
            return false;
        }
        return stockCommitted.add(order.getNumber());
    }

    @Override
    public void shipped(Order order) {
        shipped.add(order.getNumber());
    }
}
