package io.openshop.web.inventory;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.LowStockColumn;
import io.openshop.domain.inventory.LowStockLevel;
import io.openshop.domain.inventory.MovementColumn;
import io.openshop.domain.inventory.StockMovement;
import io.openshop.domain.inventory.StockSyncLine;
import io.openshop.domain.inventory.StockSyncResult;
import io.openshop.domain.shared.Sort;
import io.openshop.service.inventory.SkuStock;
import io.openshop.service.inventory.StockAdjustment;
import io.openshop.service.inventory.StockDeskService;
import io.openshop.service.inventory.StockSync;
import io.openshop.web.platform.PageResponse;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Stock for FULFILMENT, CATALOG_MANAGER and ADMIN (the EJB boundary checks the role): a SKU's
 * levels per warehouse, adjustments with a reason, its movement history and the low-stock list;
 * and the stock synchronisation an ERP or warehouse system sends.
 */
@Path("admin/inventory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT})
public class InventoryAdminResource {

    /** An adjustment as the client sends it; the SKU is the path's. */
    public record AdjustmentRequest(String warehouse, String reason, Integer quantity, String note) {
    }

    /** A stock synchronisation as an ERP or warehouse system sends it. */
    public record SyncRequest(List<StockSyncLine> lines) {
    }

    /** One line's result, with what is left to promise after it. */
    public record SyncLineResponse(int line, String sku, String warehouse, StockSyncResult.Status status, Integer onHand,
                                   Integer reserved, Integer available, String problem) {
        static SyncLineResponse of(StockSyncResult r) {
            return new SyncLineResponse(r.line(), r.sku(), r.warehouse(), r.status(), r.onHand(), r.reserved(), r.available(), r.problem());
        }
    }

    /** A synchronisation's answer; {@code replayed}: a retry answered with the first request's results. */
    public record SyncResponse(String key, boolean replayed, int applied, int unchanged, int refused, List<SyncLineResponse> results) {
        static SyncResponse of(StockSync sync) {
            return new SyncResponse(sync.key(), sync.replayed(), sync.count(StockSyncResult.Status.APPLIED),
                    sync.count(StockSyncResult.Status.UNCHANGED), sync.count(StockSyncResult.Status.REFUSED),
                    sync.results().stream().map(SyncLineResponse::of).toList());
        }
    }

    @Inject
    StockDeskService desk;

    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets (set: the count on hand) or adjusts (adjust: signed units) stock by SKU and warehouse for an ERP or"
            + " warehouse system, up to 1,000 lines, in one transaction; idempotent by the Idempotency-Key header (a retry answers"
            + " the first results and changes nothing). A line that breaks a rule (unknown SKU or warehouse, less on hand than is"
            + " reserved for orders) is refused with its reason; the others apply")
    @APIResponse(responseCode = "200", description = "Each line's result")
    @APIResponse(responseCode = "400", description = "No key, no lines, too many lines, or the key was used with other lines")
    @APIResponse(responseCode = "403", description = "The caller does not look after stock")
    public SyncResponse sync(@HeaderParam("Idempotency-Key") String key, SyncRequest body) {
        return SyncResponse.of(desk.sync(key, body == null ? null : body.lines()));
    }

    @GET
    @Path("low-stock")
    @Operation(summary = "Stock levels with no more than the low-stock threshold left to promise, fewest first (sort=available);"
            + " sort=sku by SKU, a leading - for descending")
    @APIResponse(responseCode = "200", description = "One page of low stock levels")
    @APIResponse(responseCode = "403", description = "The caller does not look after stock")
    public PageResponse<LowStockLevel> lowStock(@QueryParam("sort") String sort, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        return PageResponse.of(desk.lowStock(Sort.parse(LowStockColumn.class, sort, LowStockColumn.DEFAULT), QueryParameters.pageRequest(page, size)));
    }

    @GET
    @Path("{sku}")
    @Operation(summary = "What each warehouse holds of a SKU: on hand, reserved for orders not yet shipped, available")
    @APIResponse(responseCode = "200", description = "The SKU's stock")
    @APIResponse(responseCode = "404", description = "No variant has this SKU")
    public SkuStock stock(@PathParam("sku") String sku) {
        return desk.stock(sku);
    }

    @POST
    @Path("{sku}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes what a warehouse holds of a SKU: RECEIVED adds the quantity, DAMAGED takes it off,"
            + " COUNTED sets it; recorded as a movement with the caller and the note")
    @APIResponse(responseCode = "200", description = "The SKU's stock after the change")
    @APIResponse(responseCode = "400", description = "A field breaks a rule (reserved units cannot be adjusted away); the field is named")
    @APIResponse(responseCode = "404", description = "No variant has this SKU")
    public SkuStock adjust(@PathParam("sku") String sku, AdjustmentRequest body) {
        AdjustmentRequest b = body == null ? new AdjustmentRequest(null, null, null, null) : body;
        return desk.adjust(new StockAdjustment(sku, b.warehouse(), b.reason(), b.quantity(), b.note()));
    }

    @GET
    @Path("{sku}/movements")
    @Operation(summary = "A SKU's movements over all warehouses, newest first (sort=at for oldest first): reservations, releases, shipments, returns"
            + " and adjustments, with the order, who and when")
    @APIResponse(responseCode = "200", description = "One page of movements")
    @APIResponse(responseCode = "404", description = "No variant has this SKU")
    public PageResponse<StockMovement> movements(@PathParam("sku") String sku, @QueryParam("sort") String sort,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(desk.movements(sku, Sort.parse(MovementColumn.class, sort, MovementColumn.DEFAULT),
                QueryParameters.pageRequest(page, size)));
    }
}
