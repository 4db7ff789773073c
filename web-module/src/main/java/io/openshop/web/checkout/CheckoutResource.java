package io.openshop.web.checkout;

import jakarta.annotation.security.PermitAll;
import io.openshop.service.checkout.CheckoutService;
import io.openshop.service.order.OrderView;
import io.openshop.web.order.OrderResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checkout: a cart becomes an order waiting for payment, with the payment authorised. */
@Path("checkout")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
@PermitAll
public class CheckoutResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    CheckoutService checkout;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Places an order from a cart",
            description = "Prices, tax, discount and shipping are computed by the server; stock is reserved and the payment "
                    + "authorised in the same transaction. Send a fresh Idempotency-Key per order: a retry with the same key "
                    + "and body returns the first order (header Idempotent-Replayed: true) and never charges twice.")
    @APIResponse(responseCode = "201", description = "The order, waiting for payment capture",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, or bad input (address, email, method, coupon)")
    @APIResponse(responseCode = "402", description = "The payment was declined; nothing was ordered")
    @APIResponse(responseCode = "404", description = "No cart has this token (or it is another account's)")
    @APIResponse(responseCode = "409", description = "Out of stock, coupon used up, or cart already checked out")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request")
    public Response placeOrder(
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true,
                    description = "A unique key per order attempt (e.g. a UUID), reused only to retry the same request")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            CheckoutRequest request) {
        CheckoutRequest body = request == null ? new CheckoutRequest(null, null, null, null, null, null) : request;
        OrderView order = checkout.placeOrder(body.toCommand(), idempotencyKey);
        return Response.created(uri.getBaseUriBuilder().path("orders").path(order.number()).build())
                .header(REPLAYED, String.valueOf(order.replayed()))
                .entity(OrderResponse.of(order)).build();
    }
}
