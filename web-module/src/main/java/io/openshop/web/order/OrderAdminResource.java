package io.openshop.web.order;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.order.OrderService;
import io.openshop.service.order.RestockRequest;
import io.openshop.web.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Staff move orders through fulfilment and receive returns (FULFILMENT, SUPPORT or ADMIN; the
 * EJB boundary checks the role). Refunds are {@code POST /api/admin/orders/{number}/refund}, for
 * the roles that may give money back.
 */
@Path("admin/orders/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderAdminResource {

    @Inject
    OrderService orders;

    /** What staff send when a return arrives: per line, optionally, how many go back on the shelf and where. */
    public record ReceiveReturnRequest(List<RestockLine> restock) {
    }

    public record RestockLine(String sku, Integer quantity, String warehouse) {
    }

    @POST
    @Path("fulfilment")
    @Operation(summary = "Starts fulfilling a paid order (FULFILMENT or ADMIN)")
    public OrderResponse startFulfilment(@PathParam("number") String number) {
        return OrderResponse.of(orders.startFulfilment(number));
    }

    @POST
    @Path("shipment")
    @Operation(summary = "The parcel left: its stock leaves the warehouses (FULFILMENT or ADMIN)")
    public OrderResponse ship(@PathParam("number") String number) {
        return OrderResponse.of(orders.ship(number));
    }

    @POST
    @Path("delivery")
    @Operation(summary = "The parcel arrived (FULFILMENT or ADMIN)")
    public OrderResponse deliver(@PathParam("number") String number) {
        return OrderResponse.of(orders.deliver(number));
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The returned parcel arrived: the order becomes RETURNED; the units listed go back on hand"
            + " in the warehouse named (FULFILMENT, SUPPORT or ADMIN)")
    @APIResponse(responseCode = "200", description = "The returned order")
    @APIResponse(responseCode = "400", description = "A SKU not in the order, more than was bought, or an unknown warehouse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No return was asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse receiveReturn(@PathParam("number") String number, ReceiveReturnRequest request) {
        List<RestockRequest> restock = request == null || request.restock() == null ? List.of()
                : request.restock().stream().map(l -> {
                    if (l == null || l.quantity() == null) {
                        throw new InvalidInputException("restock", "each line needs a sku, a quantity and a warehouse");
                    }
                    return new RestockRequest(l.sku(), l.quantity(), l.warehouse());
                }).toList();
        return OrderResponse.of(orders.receiveReturn(number, restock));
    }
}
