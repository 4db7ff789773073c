package io.openshop.web.inventory;

import io.openshop.domain.inventory.AdjustmentReason;
import io.openshop.domain.inventory.LowStockColumn;
import io.openshop.domain.inventory.LowStockLevel;
import io.openshop.domain.inventory.MovementColumn;
import io.openshop.domain.inventory.StockMovement;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.inventory.SkuStock;
import io.openshop.service.inventory.StockAdjustment;
import io.openshop.service.inventory.StockDeskService;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.PagedGrid;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The stock desk: find a SKU (or open one from the low-stock list), see what each warehouse
 * holds, adjust a level for a reason after confirming, and read the SKU's movement history.
 * The rules (reserved units cannot be adjusted away, the reasons, the roles) are the
 * service's; a refusal comes back as a message.
 */
@Named
@ViewScoped
public class InventoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockDeskService desk;

    private String sku;
    private SkuStock stock;
    private List<String> warehouses = List.of();
    private String warehouse;
    private String reason = AdjustmentReason.RECEIVED.name();
    private Integer quantity;
    private String note;

    private final LazyDataModel<StockMovement> movements = new PagedGrid<>(MovementColumn.class, MovementColumn.DEFAULT,
            (sort, page) -> desk.movements(stock.sku(), sort, page),
            movement -> Long.toString(movement.id()));
    private final LazyDataModel<LowStockLevel> lowStock = new PagedGrid<>(LowStockColumn.class, LowStockColumn.DEFAULT,
            (sort, page) -> desk.lowStock(sort, page),
            level -> level.sku() + "@" + level.warehouse());

    /** The view action: the SKU of the address (from the low-stock list), if any. */
    public void load() {
        warehouses = desk.warehouses();
        if (warehouse == null && !warehouses.isEmpty()) {
            warehouse = warehouses.get(0);
        }
        if (sku != null && !sku.isBlank()) {
            find();
        }
    }

    /** Shows the SKU typed in the search field. */
    public void find() {
        try {
            stock = desk.stock(sku);
            sku = stock.sku();
        } catch (DomainException e) {
            stock = null;
            Messages.refuse(e);
        }
    }

    /** Applies the adjustment (confirmed in the dialog first) and shows the new levels. */
    public void adjust() {
        if (stock == null) {
            return;
        }
        try {
            stock = desk.adjust(new StockAdjustment(stock.sku(), warehouse, reason, quantity, note));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Adjusted " + stock.sku() + " in " + warehouse + " (" + reason.toLowerCase(Locale.ROOT)
                            + "): " + stock.available() + " available in all warehouses.", null));
            quantity = null;
            note = null;
        } catch (DomainException e) {
            Messages.refuse(e);
        }
    }

    public LazyDataModel<StockMovement> getMovements() {
        return movements;
    }

    public LazyDataModel<LowStockLevel> getLowStock() {
        return lowStock;
    }

    public List<AdjustmentReason> getReasons() {
        return AdjustmentReason.STAFF;
    }

    public List<String> getWarehouses() {
        return warehouses;
    }

    public SkuStock getStock() {
        return stock;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
