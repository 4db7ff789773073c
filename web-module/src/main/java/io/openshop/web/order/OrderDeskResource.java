package io.openshop.web.order;

import io.openshop.service.order.OrderDeskService;
import io.openshop.web.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One order in full for staff (ADMIN, FULFILMENT, SUPPORT), on the same path as the actions of
 * {@link OrderAdminResource}, so that JAX-RS finds it whichever class it matches first.
 */
@Path("admin/orders/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderDeskResource {

    @Inject
    OrderDeskService desk;

    @GET
    @Operation(summary = "An order with lines, totals, address, payment (last four digits only), its history and the actions"
            + " the caller may take now")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderDeskResponses.OrderDetailResponse.class)))
    @APIResponse(responseCode = "404", description = "No order has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderDeskResponses.OrderDetailResponse detail(@PathParam("number") String number) {
        return OrderDeskResponses.OrderDetailResponse.of(desk.detail(number));
    }
}
