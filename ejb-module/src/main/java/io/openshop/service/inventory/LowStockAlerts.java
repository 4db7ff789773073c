package io.openshop.service.inventory;

import io.openshop.domain.inventory.LowStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.util.logging.Logger;

/**
 * Hears that stock ran low, only once the reservation that caused it has committed (a rolled
 * back checkout raises no alarm): logs it and counts it in inventory_low_stock_total.
 */
@ApplicationScoped
public class LowStockAlerts {

    private static final Logger LOG = Logger.getLogger(LowStockAlerts.class.getName());

    @Inject
    @Metric(name = "inventory.low.stock", absolute = true, description = "Reservations that left a variant low in a warehouse")
    Counter lowStockEvents;

    void onLowStock(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowStock event) {
        lowStockEvents.inc();
        LOG.info(() -> "Low stock: variant " + event.variantId() + " in warehouse " + event.warehouseId()
                + " has " + event.available() + " left to promise");
    }
}
