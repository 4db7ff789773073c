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
import io.openshop.domain.inventory.StockSyncLine;
import io.openshop.domain.inventory.StockSyncLog;
import io.openshop.domain.inventory.StockSyncResult;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.shared.DomainException;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    StockSyncLog syncs;

    /** The most lines one synchronisation may carry. */
    public static final int MAX_SYNC_LINES = 1_000;

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
        StockLevel level = level(variant, warehouse, reason != AdjustmentReason.DAMAGED);
        apply(variant, level, reason, adjustment.quantity(), note);
        return stock(variant.getSku().value());
    }

    /**
     * Sets or adjusts stock levels by SKU and warehouse for another system (an ERP, a warehouse),
     * in one transaction and idempotent by {@code key}: a retry of the same request answers the
     * results the first one had and changes nothing; the same key with other lines is refused.
     * Each line keeps the stock rules on its own: a line naming an unknown SKU or warehouse, or
     * setting less on hand than is reserved for orders not yet shipped, is refused with the reason
     * and the other lines still apply. Each change is a movement of reason SYNCED with the key.
     */
    public StockSync sync(String key, List<StockSyncLine> lines) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "is required, 1 to 100 characters");
        }
        if (lines == null || lines.isEmpty() || lines.size() > MAX_SYNC_LINES) {
            throw new InvalidInputException("lines", "must hold 1 to " + MAX_SYNC_LINES + " lines");
        }
        String hash = requestHash(lines);
        Optional<String> claimed = syncs.claim(key.strip(), hash, session.getCallerPrincipal().getName());
        if (claimed.isPresent()) {
            if (!claimed.get().equals(hash)) {
                throw new InvalidInputException("Idempotency-Key", "was already used for a synchronisation with other lines");
            }
            return new StockSync(key.strip(), true, syncs.results(key.strip()));
        }
        List<Warehouse> warehouses = inventory.warehouses();
        List<StockSyncResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            results.add(syncLine(i + 1, lines.get(i), warehouses, key.strip()));
        }
        syncs.record(key.strip(), results);
        return new StockSync(key.strip(), false, results);
    }

    private StockSyncResult syncLine(int number, StockSyncLine line, List<Warehouse> warehouses, String key) {
        String sku = line == null || line.sku() == null ? "" : line.sku().strip();
        String warehouseCode = line == null || line.warehouse() == null ? "" : line.warehouse().strip();
        try {
            if (line == null || (line.set() == null) == (line.adjust() == null)) {
                throw new InvalidInputException("lines[" + number + "]", "must have either set or adjust");
            }
            if (line.set() != null && line.set() < 0) {
                throw new InvalidInputException("lines[" + number + "].set", "must be 0 or more");
            }
            Variant variant = variant(sku);
            long warehouse = Warehouse.idOf(warehouses, warehouseCode);
            StockLevel level = level(variant, warehouse, line.set() != null || line.adjust() > 0);
            int target = line.set() != null ? line.set() : level.getOnHand() + line.adjust();
            if (target == level.getOnHand()) {
                return new StockSyncResult(number, variant.getSku().value(), warehouseCode, StockSyncResult.Status.UNCHANGED,
                        level.getOnHand(), level.getReserved(), null);
            }
            apply(variant, level, AdjustmentReason.SYNCED, target, "synchronisation " + (key.length() > 180 ? key.substring(0, 180) : key));
            return new StockSyncResult(number, variant.getSku().value(), warehouseCode, StockSyncResult.Status.APPLIED,
                    level.getOnHand(), level.getReserved(), null);
        } catch (DomainException e) { // the line's own refusal: reported, the other lines go on
            return new StockSyncResult(number, sku, warehouseCode, StockSyncResult.Status.REFUSED, null, null, e.getMessage());
        }
    }

    /** The level of a variant in a warehouse, locked for the change; a new one at 0 when missing and {@code create}. */
    private StockLevel level(Variant variant, long warehouse, boolean create) {
        return inventory.lock(variant.getId(), warehouse).orElseGet(() -> {
            if (!create) {
                throw new InvalidInputException("warehouse", "holds none of " + variant.getSku().value());
            }
            StockLevel fresh = new StockLevel(variant.getId(), warehouse, 0);
            inventory.add(fresh);
            return fresh;
        });
    }

    /** Changes the level for a reason (the level's rules refuse what would break them), records the movement, tells of low stock. */
    private void apply(Variant variant, StockLevel level, AdjustmentReason reason, int quantity, String note) {
        int change = level.adjust(reason, quantity);
        inventory.adjusted(level, change, reason, new StockChange(session.getCallerPrincipal().getName(), null), note);
        if (level.available() <= lowStockThreshold) {
            lowStock.fire(new LowStock(variant.getId(), level.getWarehouseId(), level.available()));
        }
    }

    private static String requestHash(List<StockSyncLine> lines) {
        StringBuilder canonical = new StringBuilder();
        for (StockSyncLine line : lines) {
            canonical.append(line == null ? "null" : line.sku() + "|" + line.warehouse() + "|" + line.set() + "|" + line.adjust()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        return AdjustmentReason.STAFF.stream().filter(r -> r.name().equals(reason == null ? "" : reason.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInputException("reason", "must be RECEIVED, DAMAGED or COUNTED"));
    }
}
