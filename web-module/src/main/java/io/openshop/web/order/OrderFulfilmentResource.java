package io.openshop.web.order;

import io.openshop.service.order.OrderService;
import io.openshop.web.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** The warehouse reports a parcel shipped or delivered (FULFILMENT and ADMIN, checked by the EJB boundary). */
@Path("admin/fulfilment/orders/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderFulfilmentResource {

    @Inject
    OrderService orders;

    @POST
    @Path("ship")
    @Operation(summary = "The parcel left: the order becomes SHIPPED and the customer is emailed once")
    @APIResponse(responseCode = "200", description = "The shipped order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "The order cannot ship in its status (a second call finds it SHIPPED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse ship(@PathParam("number") String number) {
        return OrderResponse.of(orders.ship(number));
    }

    @POST
    @Path("deliver")
    @Operation(summary = "The parcel arrived: the order becomes DELIVERED")
    @APIResponse(responseCode = "200", description = "The delivered order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    public OrderResponse deliver(@PathParam("number") String number) {
        return OrderResponse.of(orders.deliver(number));
    }
}
