package io.openshop.web.checkout;

import io.openshop.domain.checkout.AddressValidator;
import io.openshop.service.checkout.CheckoutService;
import io.openshop.service.checkout.ShippingOption;
import io.openshop.service.order.OrderView;
import io.openshop.web.order.OrderResponse;
import jakarta.annotation.security.PermitAll;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    /** Where a cart should go, for the ways to ship it there. */
    public record ShippingQuery(String cartToken, CheckoutRequest.Address shippingAddress) {
    }

    /** A way to ship: the shop's own method or a carrier's live rate ({@code carrier:…} codes, with the carrier's days in transit). */
    public record ShippingOptionResponse(String code, String name, BigDecimal price, String currency, Integer estimatedDays,
                                         boolean live) {

        static ShippingOptionResponse of(ShippingOption o) {
            return new ShippingOptionResponse(o.code(), o.name(), o.price().amount(), o.price().currency().getCurrencyCode(),
                    o.estimatedDays(), o.live());
        }
    }

    /** What the address validation service said; {@code suggestion} only with CORRECTED. */
    public record AddressCheckResponse(AddressValidator.Result result, CheckoutRequest.Address suggestion, List<String> messages) {
    }

    @POST
    @Path("shipping-options")
    @Operation(summary = "The ways to ship a cart to an address, cheapest first",
            description = "The shop's own methods for the address's country and, when a carrier service is configured and answers "
                    + "within 800 ms, the carriers' live rates for the full address (codes starting with carrier:). A live rate "
                    + "holds for 30 minutes for this cart, weight and country: send its code as the checkout's shippingMethod. "
                    + "A slow or unreachable carrier service leaves the shop's own methods alone.")
    @APIResponse(responseCode = "200", description = "The options (empty when the shop does not deliver to the country)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShippingOptionResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a cart token")
    @APIResponse(responseCode = "404", description = "No cart has this token (or it is another account's)")
    public List<ShippingOptionResponse> shippingOptions(ShippingQuery query) {
        ShippingQuery q = query == null ? new ShippingQuery(null, null) : query;
        return checkout.shippingOptions(q.cartToken(), q.shippingAddress() == null ? null : q.shippingAddress().toCommand())
                .stream().map(ShippingOptionResponse::of).toList();
    }

    @POST
    @Path("address-check")
    @Operation(summary = "Checks a delivery address with the address validation service",
            description = "Advice only: VERIFIED, CORRECTED (with the carrier's form of the address as suggestion), UNDELIVERABLE "
                    + "(with the service's messages), or UNCHECKED when no service is configured or it did not answer in time. "
                    + "A checkout is never refused because of this answer.")
    @APIResponse(responseCode = "200", description = "The service's answer",
            content = @Content(schema = @Schema(implementation = AddressCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "The address is incomplete or malformed")
    public AddressCheckResponse checkAddress(CheckoutRequest.Address address) {
        AddressValidator.Check check = checkout.checkAddress(address == null ? null : address.toCommand());
        return new AddressCheckResponse(check.result(),
                check.suggestion() == null ? null : CheckoutRequest.Address.of(check.suggestion()), check.messages());
    }
}
