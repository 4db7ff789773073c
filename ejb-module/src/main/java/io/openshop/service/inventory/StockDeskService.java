package io.openshop.service.inventory;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.AdjustmentReason;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.LowStock;
import io.openshop.domain.inventory.LowStockColumn;
import io.openshop.domain.inventory.LowStockLevel;
import io.openshop.domain.inventory.MovementColumn;
import io.openshop.domain.inventory.StockChange;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.domain.inventory.StockMovement;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.domain.shared.TextRules;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * The stock desk of the back office: what each warehouse holds of a SKU, adjustments with a
 * reason (received, damaged, counted), a SKU's movement history and the low-stock list. For the
 * roles that look after stock: fulfilment, catalog managers and administrators.
 */
@Stateless
@RolesAllowed({Roles.FULFILMENT, Roles.CATALOG_MANAGER, Roles.ADMIN})
public class StockDeskService {

    @Inject
    InventoryRepository inventory;

    @Inject
    CatalogRepository catalog;

    @Inject
    Event<LowStock> lowStock;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "shop.inventory.low-stock-threshold", defaultValue = "5")
    int lowStockThreshold;

    /** What each warehouse holds of a SKU; an unknown SKU is "not found". */
    public SkuStock stock(String sku) {
        Variant variant = variant(sku);
        return new SkuStock(variant.getSku().value(), variant.getProduct().getName(), variant.getProduct().getSlug().value(),
                variant.getSignature(), inventory.levels(variant.getId()));
    }

    /**
     * Changes what a warehouse holds of a SKU for a reason, recording the movement with the staff
     * member and the note. The stock row is locked for the change, so concurrent checkouts and
     * adjustments of it wait in turn; units reserved for orders cannot be taken away.
     */
    public SkuStock adjust(StockAdjustment adjustment) {
        if (adjustment == null) {
            throw new InvalidInputException("adjustment", "is required");
        }
        Variant variant = variant(adjustment.sku());
        long warehouse = Warehouse.idOf(inventory.warehouses(), adjustment.warehouse());
        AdjustmentReason reason = reason(adjustment.reason());
        if (adjustment.quantity() == null) {
            throw new InvalidInputException("quantity", "is required");
        }
        String note = adjustment.note() == null || adjustment.note().isBlank() ? null : TextRules.required("note", adjustment.note(), 200);
        StockLevel level = inventory.lock(variant.getId(), warehouse).orElseGet(() -> {
            if (reason == AdjustmentReason.DAMAGED) {
                throw new InvalidInputException("warehouse", "holds none of " + variant.getSku().value());
            }
            StockLevel fresh = new StockLevel(variant.getId(), warehouse, 0);
            inventory.add(fresh);
            return fresh;
        });
        int change = level.adjust(reason, adjustment.quantity());
        inventory.adjusted(level, change, reason, new StockChange(session.getCallerPrincipal().getName(), null), note);
        if (level.available() <= lowStockThreshold) {
            lowStock.fire(new LowStock(variant.getId(), warehouse, level.available()));
        }
        return stock(variant.getSku().value());
    }

    /** A SKU's movements over all warehouses, in the order asked (newest first by default). */
    public Page<StockMovement> movements(String sku, Sort<MovementColumn> sort, PageRequest page) {
        return inventory.movements(variant(sku).getId(), sort, page);
    }

    /** Stock levels with no more than the low-stock threshold left to promise, in the order asked (fewest first by default). */
    public Page<LowStockLevel> lowStock(Sort<LowStockColumn> sort, PageRequest page) {
        return inventory.lowStock(lowStockThreshold, sort, page);
    }

    /** The codes of the shop's warehouses, alphabetical. */
    public List<String> warehouses() {
        return inventory.warehouses().stream().map(Warehouse::getCode).toList();
    }

    private Variant variant(String sku) {
        if (sku == null || sku.isBlank()) {
            throw new InvalidInputException("sku", "is required");
        }
        Sku parsed = Sku.parse(sku);
        return catalog.variantBySku(parsed).orElseThrow(() -> new NotFoundException("SKU", parsed.value()));
    }

    private static AdjustmentReason reason(String reason) {
        try {
            return AdjustmentReason.valueOf(reason == null ? "" : reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reason", "must be RECEIVED, DAMAGED or COUNTED");
        }
    }
}
