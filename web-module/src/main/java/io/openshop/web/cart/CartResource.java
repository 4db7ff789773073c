package io.openshop.web.cart;

import jakarta.annotation.security.PermitAll;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.cart.CartService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Guest carts. The token in the path is the only key to a cart: keep it like a password. */
@Path("carts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
@PermitAll
public class CartResource {

    @Inject
    CartService carts;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Starts a guest cart; the answer carries its token")
    @APIResponse(responseCode = "201", description = "The new, empty cart",
            content = @Content(schema = @Schema(implementation = CartResponse.class)))
    @APIResponse(responseCode = "400", description = "A currency the shop does not sell in")
    public Response create(CartRequests.NewCart request) {
        CartResponse cart = CartResponse.of(carts.create(request == null ? null : request.currency()));
        return Response.created(uri.getBaseUriBuilder().path("carts").path(cart.token()).build()).entity(cart).build();
    }

    @GET
    @Path("{token}")
    @Operation(summary = "A cart with its prices computed now")
    @APIResponse(responseCode = "200", description = "The cart")
    @APIResponse(responseCode = "404", description = "No cart has this token")
    public CartResponse get(@PathParam("token") String token) {
        return CartResponse.of(carts.view(token));
    }

    @POST
    @Path("{token}/lines")
    @Operation(summary = "Puts a variant in the cart by SKU (adding to a line that has it); quantities 1 to 99")
    @APIResponse(responseCode = "200", description = "The cart after the change")
    @APIResponse(responseCode = "400", description = "A quantity out of range, or a SKU the shop does not have")
    @APIResponse(responseCode = "404", description = "No cart has this token")
    @APIResponse(responseCode = "409", description = "The cart was already checked out")
    public CartResponse addLine(@PathParam("token") String token, CartRequests.AddLine request) {
        if (request == null || request.sku() == null || request.sku().isBlank()) {
            throw new InvalidInputException("sku", "is required");
        }
        return CartResponse.of(carts.addLine(token, request.sku(), quantity(request.quantity())));
    }

    @PUT
    @Path("{token}/lines/{sku}")
    @Operation(summary = "Sets the quantity of a line (1 to 99)")
    @APIResponse(responseCode = "200", description = "The cart after the change")
    @APIResponse(responseCode = "400", description = "A quantity out of range")
    @APIResponse(responseCode = "404", description = "No such cart or line")
    public CartResponse changeLine(@PathParam("token") String token, @PathParam("sku") String sku, CartRequests.ChangeLine request) {
        return CartResponse.of(carts.changeLine(token, sku, quantity(request == null ? null : request.quantity())));
    }

    @DELETE
    @Path("{token}/lines/{sku}")
    @Operation(summary = "Removes a line")
    @APIResponse(responseCode = "200", description = "The cart after the change")
    @APIResponse(responseCode = "404", description = "No such cart or line")
    public CartResponse removeLine(@PathParam("token") String token, @PathParam("sku") String sku) {
        return CartResponse.of(carts.removeLine(token, sku));
    }

    private static int quantity(Integer quantity) {
        if (quantity == null) {
            throw new InvalidInputException("quantity", "is required");
        }
        return quantity;
    }
}
