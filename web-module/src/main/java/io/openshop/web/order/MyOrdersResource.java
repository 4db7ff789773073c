package io.openshop.web.order;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.service.order.OrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in customer's own orders (bearer token); another customer's order number is a 404. */
@Path("me/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@RolesAllowed(Roles.CUSTOMER)
public class MyOrdersResource {

    @Inject
    OrderService orders;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's orders, newest first, with their status")
    public List<OrderResponse> list() {
        signedIn();
        return orders.myOrders().stream().map(OrderResponse::of).toList();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One of the caller's orders")
    @APIResponse(responseCode = "404", description = "No such order of the caller")
    public OrderResponse get(@PathParam("number") String number) {
        signedIn();
        return OrderResponse.of(orders.myOrder(number));
    }

    @POST
    @Path("{number}/return")
    @Operation(summary = "Asks to send a delivered order back; the order becomes RETURN_REQUESTED")
    @APIResponse(responseCode = "200", description = "The order, waiting for the parcel to come back")
    @APIResponse(responseCode = "404", description = "No such order of the caller")
    @APIResponse(responseCode = "409", description = "The order is not delivered (or already on its way back)")
    public OrderResponse requestReturn(@PathParam("number") String number) {
        signedIn();
        return OrderResponse.of(orders.requestReturn(number));
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send a bearer token from POST /api/auth/token");
        }
    }
}
