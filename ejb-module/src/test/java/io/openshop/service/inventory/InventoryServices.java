package io.openshop.service.inventory;

import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LowStock;
import io.openshop.service.testing.FakeSessionContext;
import io.openshop.service.testing.RecordedEvent;
import jakarta.enterprise.event.Event;

/** The real inventory service over a fake repository, for the unit tests of the services that call it. */
public final class InventoryServices {

    private InventoryServices() {
    }

    public static InventoryService over(InventoryRepository repository, Event<LowStock> lowStock) {
        return over(repository, lowStock, new FakeSessionContext());
    }

    /** The same, for the caller {@code session} names (whose name staff-made movements carry). */
    public static InventoryService over(InventoryRepository repository, Event<LowStock> lowStock, FakeSessionContext session) {
        InventoryService service = new InventoryService();
        service.session = session;
        service.inventory = repository;
        service.lowStock = lowStock;
        service.contention = new RecordedEvent<>();
        service.strategyName = "single-warehouse-first";
        service.lowStockThreshold = 5;
        return service;
    }
}
