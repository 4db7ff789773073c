package io.openshop.web.payment;

import io.openshop.service.order.OrderView;
import io.openshop.service.payment.PaymentService;
import io.openshop.web.order.OrderResponse;
import io.openshop.web.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff take and give back an order's money; both need an Idempotency-Key, and a retry returns the first result. */
@Path("admin/orders/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class OrderPaymentResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    PaymentService payments;

    @POST
    @Path("capture")
    @Operation(summary = "Captures the order's authorised payment; the order becomes PAID")
    @APIResponse(responseCode = "200", description = "The paid order (header Idempotent-Replayed tells a retry)",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "The order cannot be paid in its status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The payment provider failed; retry with the same key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response capture(@PathParam("number") String number,
                            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true)
                            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        return answer(payments.capture(number, idempotencyKey));
    }

    @POST
    @Path("refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refunds part or all of what was captured; the order becomes PARTIALLY_REFUNDED or REFUNDED")
    @APIResponse(responseCode = "200", description = "The refunded order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "More than is left to refund, or nothing captured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refund(@PathParam("number") String number,
                           @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true)
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           RefundRequest request) {
        return answer(payments.refund(number, request == null ? null : request.amount(), idempotencyKey));
    }

    private static Response answer(OrderView order) {
        return Response.ok(OrderResponse.of(order)).header(REPLAYED, String.valueOf(order.replayed())).build();
    }
}
