package io.openshop.service.inventory;

import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.analytics.LiveEvents;
import io.openshop.domain.inventory.LowStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.util.logging.Logger;

/**
 * Hears that stock ran low, only once the reservation that caused it has committed (a rolled
 * back checkout raises no alarm): logs it and counts it in {@code inventory_low_stock_total};
 * a reservation that took the last unit a warehouse had of a variant is a stock-out, counted in
 * {@code shop_stock_outs_total} too. Reservations that lost a race for the same stock and planned
 * again ({@link StockContention}) are counted as they happen in
 * {@code shop_stock_reservation_conflicts_total}.
 */
@ApplicationScoped
public class LowStockAlerts {

    private static final Logger LOG = Logger.getLogger(LowStockAlerts.class.getName());

    static final Metadata STOCK_OUTS = Metadata.builder().withName("shop.stock.outs")
            .withDescription("Committed reservations that took the last unit of a variant in a warehouse").build();
    static final Metadata CONFLICTS = Metadata.builder().withName("shop.stock.reservation.conflicts")
            .withDescription("Reservations that found their planned stock taken by a concurrent checkout and planned again").build();

    @Inject
    @Metric(name = "inventory.low.stock", absolute = true, description = "Reservations that left a variant low in a warehouse")
    Counter lowStockEvents;

    @Inject
    MetricRegistry registry;

    @Inject
    LiveEvents live;

    /** The counters at zero from the start. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.counter(STOCK_OUTS);
        registry.counter(CONFLICTS);
    }

    void onLowStock(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowStock event) {
        lowStockEvents.inc();
        if (event.available() <= 0) {
            registry.counter(STOCK_OUTS).inc();
        }
        LOG.info(() -> "Low stock: variant " + event.variantId() + " in warehouse " + event.warehouseId()
                + " has " + event.available() + " left to promise");
    }

    /** Tells open dashboards, in the reservation's transaction: a reservation that rolls back tells nothing. */
    void toDashboards(@Observes(during = TransactionPhase.IN_PROGRESS) LowStock event) {
        live.append(LiveEvent.Kind.LOW_STOCK, (event.available() <= 0 ? "Out of stock: " : "Low stock: ") + "variant "
                + event.variantId() + " has " + Math.max(0, event.available()) + " left in warehouse " + event.warehouseId());
    }

    void onContention(@Observes StockContention contention) {
        registry.counter(CONFLICTS).inc();
    }
}
