package io.openshop.systemtest.order;

import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.StockAllocation;
import io.openshop.service.cart.CartService;
import io.openshop.service.checkout.CheckoutService;
import io.openshop.service.checkout.PlaceOrder;
import io.openshop.service.inventory.InventoryService;
import io.openshop.service.order.OrderService;
import io.openshop.service.order.OrderView;
import io.openshop.service.order.ReservationExpiry;
import io.openshop.systemtest.support.DeploymentSupport;
import io.openshop.systemtest.support.InContainerSql;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara Server: unpaid orders give their stock back when the reservation time runs out
 * (the timer's work, run on demand), and shipping takes reserved stock out of the warehouse.
 */
@ExtendWith(ArquillianExtension.class)
class OrderLifecycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar(OrderLifecycleIT.class, InContainerSql.class);
    }

    @EJB
    CartService carts;

    @EJB
    CheckoutService checkout;

    @EJB
    OrderService orders;

    @EJB
    InventoryService inventory;

    @EJB
    ReservationExpiry expiry;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    private String newSku(int stock) throws SQLException {
        String sku = "LIF-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Connection c = dataSource.getConnection()) {
            InContainerSql.execute(c, "insert into product (id, category_id, slug, sku, name, price_amount, price_currency, created_at)"
                    + " select nextval('product_seq'), id, lower(?), ?, 'Lifecycle item', 15.00, 'EUR', now() - interval '10 years'"
                    + " from category where slug = 'outdoor'", sku, sku);
            InContainerSql.execute(c, "insert into product_variant (id, product_id, position, sku, signature)"
                    + " select nextval('product_variant_seq'), id, 0, sku, '' from product where sku = ?", sku);
            InContainerSql.execute(c, "insert into stock_level (variant_id, warehouse_id, on_hand)"
                    + " select v.id, (select id from warehouse order by priority desc, id limit 1), ? from product_variant v where v.sku = ?",
                    stock, sku);
        }
        return sku;
    }

    private OrderView place(String sku, int quantity) {
        String token = carts.create("EUR").token();
        carts.addLine(token, sku, quantity);
        return checkout.placeOrder(new PlaceOrder(token, "life@example.org",
                new PlaceOrder.Address("Lee", "Main St 2", null, "1011", "Amsterdam", "NL"), "standard", null, "tok_mastercard"),
                UUID.randomUUID().toString());
    }

    @Test
    void anOrderUnpaidPastTheReservationTimeIsCancelledAndItsStockReleased() throws Exception {
        String sku = newSku(10);
        OrderView stale = place(sku, 3);
        OrderView fresh = place(sku, 2);
        assertEquals(5, InContainerSql.number(dataSource, "select reserved from stock_level s join product_variant v on v.id = s.variant_id where v.sku = ?", sku));
        try (Connection c = dataSource.getConnection()) {
            InContainerSql.execute(c, "update customer_order set placed_at = placed_at - interval '31 minutes' where number = ?", stale.number());
        }

        assertTrue(expiry.releaseOlderThan(30) >= 1);

        assertEquals(OrderStatus.CANCELLED, orders.view(stale.number(), "life@example.org").status());
        assertEquals("system:reservation-expiry", orders.view(stale.number(), "life@example.org").history().get(1).actor());
        assertEquals(OrderStatus.PENDING_PAYMENT, orders.view(fresh.number(), "life@example.org").status(), "a recent order keeps its stock");
        assertEquals(2, InContainerSql.number(dataSource, "select reserved from stock_level s join product_variant v on v.id = s.variant_id where v.sku = ?", sku));
        assertEquals("VOIDED", statusOfPayment(stale.number()), "the authorisation is voided");
        assertEquals(0, expiry.releaseOlderThan(30), "a second run finds nothing left to release");
    }

    private String statusOfPayment(String number) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select p.status from payment p join customer_order o on o.id = p.order_id where o.number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void shippingTakesTheReservedStockOutOfTheWarehouse() throws Exception {
        String sku = newSku(10);
        OrderView order = place(sku, 4);
        List<StockAllocation> allocations = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select a.variant_id, a.warehouse_id, a.quantity from order_allocation a join customer_order o on o.id = a.order_id"
                        + " where o.number = ?")) {
            s.setString(1, order.number());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    allocations.add(new StockAllocation(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
                }
            }
        }
        assertEquals(1, allocations.size());
        transaction.begin();
        inventory.commit(allocations, order.number());
        transaction.commit();
        assertEquals(6, InContainerSql.number(dataSource, "select on_hand from stock_level s join product_variant v on v.id = s.variant_id where v.sku = ?", sku));
        assertEquals(0, InContainerSql.number(dataSource, "select reserved from stock_level s join product_variant v on v.id = s.variant_id where v.sku = ?", sku));
    }
}
