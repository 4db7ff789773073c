package io.openshop.web.cart;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.NotAuthenticatedException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in customer's own cart (bearer token): the same cart the storefront shows them after
 * signing in, on any browser. Its token can be used with POST /api/checkout by its owner only.
 */
@Path("me/cart")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
@RolesAllowed(Roles.CUSTOMER)
public class MyCartResource {

    @Inject
    CartService carts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The caller's account cart, priced now (an empty one is made when there is none)")
    @APIResponse(responseCode = "200", description = "The cart")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public CartResponse get(@QueryParam("currency") String currency) {
        signedIn();
        return CartResponse.of(carts.myCart(currency));
    }

    @POST
    @Path("lines")
    @Operation(summary = "Puts a variant in the caller's cart by SKU; quantities 1 to 99")
    @APIResponse(responseCode = "200", description = "The cart after the change")
    @APIResponse(responseCode = "400", description = "A quantity out of range, or a SKU the shop does not have")
    public CartResponse addLine(CartRequests.AddLine request) {
        signedIn();
        return CartResponse.of(carts.addToMyCart(request == null ? null : request.sku(), request == null ? null : request.quantity()));
    }

    @PUT
    @Path("lines/{sku}")
    @Operation(summary = "Sets the quantity of a line of the caller's cart (1 to 99)")
    @APIResponse(responseCode = "200", description = "The cart after the change")
    @APIResponse(responseCode = "404", description = "No such line")
    public CartResponse changeLine(@PathParam("sku") String sku, CartRequests.ChangeLine request) {
        signedIn();
        return CartResponse.of(carts.changeInMyCart(sku, request == null ? null : request.quantity()));
    }

    @DELETE
    @Path("lines/{sku}")
    @Operation(summary = "Removes a line from the caller's cart")
    @APIResponse(responseCode = "200", description = "The cart after the change")
    public CartResponse removeLine(@PathParam("sku") String sku) {
        signedIn();
        return CartResponse.of(carts.removeFromMyCart(sku));
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send a bearer token from POST /api/auth/token");
        }
    }
}
