package io.openshop.web.order;

import jakarta.annotation.security.PermitAll;
import io.openshop.service.order.OrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A guest's own orders: the order number and the email it was placed with open it, nothing less. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@PermitAll
public class OrderResource {

    @Inject
    OrderService orders;

    @GET
    @Path("{number}")
    @Operation(summary = "A guest's own order, with its lines, totals and status history")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No order with this number was placed with this email")
    public OrderResponse get(@PathParam("number") String number,
                             @Parameter(description = "The email the order was placed with", required = true)
                             @QueryParam("email") String email) {
        return OrderResponse.of(orders.view(number, email));
    }

    @POST
    @Path("{number}/cancel")
    @Operation(summary = "Cancels a guest's own order while it waits for payment; its stock is released")
    @APIResponse(responseCode = "200", description = "The cancelled order")
    @APIResponse(responseCode = "404", description = "No order with this number was placed with this email")
    @APIResponse(responseCode = "409", description = "The order cannot be cancelled in its status")
    public OrderResponse cancel(@PathParam("number") String number,
                                @Parameter(description = "The email the order was placed with", required = true)
                                @QueryParam("email") String email) {
        return OrderResponse.of(orders.cancelOwn(number, email));
    }
}
