package io.openshop.web.order;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.order.OrderColumn;
import io.openshop.domain.order.OrderQuery;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Sort;
import io.openshop.service.order.OrderDeskService;
import io.openshop.service.order.OrderService;
import io.openshop.service.order.ParcelTracking;
import io.openshop.service.order.OrderView;
import io.openshop.service.order.RestockRequest;
import io.openshop.service.payment.PaymentService;
import io.openshop.web.platform.QueryParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The order desk's API for staff: find orders, read one in full, move it through fulfilment,
 * receive a return, capture and refund its payment. Everything under {@code admin/orders} is
 * this one resource, so JAX-RS never has to choose between classes for a path. Each use case's
 * roles are checked by its EJB boundary ({@link OrderDeskService}, {@link OrderService},
 * {@link PaymentService}); payment changes need an Idempotency-Key, and a retry returns the first
 * result.
 */
@Path("admin/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@RolesAllowed({Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT})
public class OrderAdminResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    OrderDeskService desk;

    @Inject
    OrderService orders;

    @EJB
    ParcelTracking tracking;

    @Inject
    PaymentService payments;

    /** What staff send when a return arrives: per line, optionally, how many go back on the shelf and where. */
    public record ReceiveReturnRequest(List<RestockLine> restock) {
    }

    public record RestockLine(String sku, Integer quantity, String warehouse) {
    }

    @GET
    @Operation(summary = "Finds orders, newest first (ADMIN, FULFILMENT, SUPPORT): by status, by the start of the order number"
            + " or the customer's email (any case), and by time placed (from inclusive, to exclusive)")
    @APIResponse(responseCode = "200", description = "One page of orders and the total",
            content = @Content(schema = @Schema(implementation = OrderDeskResponses.OrderPageResponse.class)))
    @APIResponse(responseCode = "400", description = "An unknown status, a malformed time, or a bad page or size")
    public OrderDeskResponses.OrderPageResponse search(
            @Parameter(description = "an order status, e.g. PAID") @QueryParam("status") String status,
            @Parameter(description = "the start of an order number (SO-0001) or of an email") @QueryParam("q") String text,
            @Parameter(description = "an ISO-8601 instant or date (UTC), inclusive") @QueryParam("from") String from,
            @Parameter(description = "an ISO-8601 instant or date (UTC), exclusive") @QueryParam("to") String to,
            @Parameter(description = "number, placed, customer or total, a leading - for descending; -placed (newest first) by default")
            @QueryParam("sort") String sort,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        OrderQuery query = OrderQuery.of(status, text, QueryParameters.instant("from", from), QueryParameters.instant("to", to));
        return OrderDeskResponses.OrderPageResponse.of(desk.search(query, Sort.parse(OrderColumn.class, sort, OrderColumn.DEFAULT),
                QueryParameters.pageRequest(page, size)));
    }

    @GET
    @Path("{number}")
    @Operation(summary = "An order with lines, totals, address, payment (last four digits only), its history and the actions"
            + " the caller may take now")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderDeskResponses.OrderDetailResponse.class)))
    @APIResponse(responseCode = "404", description = "No order has this number")
    public OrderDeskResponses.OrderDetailResponse detail(@PathParam("number") String number) {
        return OrderDeskResponses.OrderDetailResponse.of(desk.detail(number));
    }

    @POST
    @Path("{number}/fulfilment")
    @Operation(summary = "Starts fulfilling a paid order (FULFILMENT or ADMIN)")
    @RolesAllowed({Roles.ADMIN, Roles.FULFILMENT})
    public OrderResponse startFulfilment(@PathParam("number") String number) {
        return OrderResponse.of(orders.startFulfilment(number));
    }

    @POST
    @Path("{number}/shipment")
    @Operation(summary = "The parcel left: its stock leaves the warehouses (FULFILMENT or ADMIN)")
    @RolesAllowed({Roles.ADMIN, Roles.FULFILMENT})
    public OrderResponse ship(@PathParam("number") String number) {
        return OrderResponse.of(orders.ship(number));
    }

    /** A parcel: its tracking number and the units it carries (SKU → units). */
    public record ParcelRequest(String tracking, Map<String, Integer> units) {
    }

    /** A note for the other members of staff. */
    public record NoteRequest(String text) {
    }

    @POST
    @Path("{number}/parcels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Part of the order left in a parcel with a tracking number, which the customer is emailed; the order is"
            + " SHIPPED once every unit has left (FULFILMENT or ADMIN)")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "No tracking number, a SKU not in the order or more than is left to send")
    @APIResponse(responseCode = "409", description = "The order is not being fulfilled")
    @RolesAllowed({Roles.ADMIN, Roles.FULFILMENT})
    public OrderResponse shipParcel(@PathParam("number") String number, ParcelRequest body) {
        ParcelRequest r = body == null ? new ParcelRequest(null, null) : body;
        return OrderResponse.of(orders.shipParcel(number, r.units(), r.tracking()));
    }

    @POST
    @Path("{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an internal note to the order, never shown to the customer (FULFILMENT, SUPPORT or ADMIN)")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "An empty note, or one the shop cannot store")
    public OrderResponse addNote(@PathParam("number") String number, NoteRequest body) {
        return OrderResponse.of(orders.addNote(number, body == null ? null : body.text()));
    }

    @POST
    @Path("{number}/tracking")
    @Operation(summary = "Asks the carrier service now where the order's parcels are (FULFILMENT, SUPPORT or ADMIN)",
            description = "Parcels whose carrier is known (shipped by a carrier's live rate) and that have not arrived; the answer "
                    + "is kept on each parcel, and the order is DELIVERED once all its parcels are. The shop also asks every "
                    + "ten minutes by itself. A carrier service that does not answer within 800 ms changes nothing.")
    @APIResponse(responseCode = "200", description = "The order with its parcels' tracking status",
            content = @Content(schema = @Schema(implementation = OrderDeskResponses.OrderDetailResponse.class)))
    @APIResponse(responseCode = "404", description = "No order has this number")
    public OrderDeskResponses.OrderDetailResponse track(@PathParam("number") String number) {
        tracking.trackOrder(number);
        return detail(number);
    }

    @POST
    @Path("{number}/delivery")
    @Operation(summary = "The parcel arrived (FULFILMENT or ADMIN)")
    @RolesAllowed({Roles.ADMIN, Roles.FULFILMENT})
    public OrderResponse deliver(@PathParam("number") String number) {
        return OrderResponse.of(orders.deliver(number));
    }

    @POST
    @Path("{number}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The returned parcel arrived: the order becomes RETURNED; the units listed go back on hand"
            + " in the warehouse named (FULFILMENT, SUPPORT or ADMIN)")
    @APIResponse(responseCode = "200", description = "The returned order")
    @APIResponse(responseCode = "400", description = "A SKU not in the order, more than was bought, or an unknown warehouse")
    @APIResponse(responseCode = "409", description = "No return was asked for")
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

    @POST
    @Path("{number}/capture")
    @Tag(name = "Payments")
    @Operation(summary = "Captures the order's authorised payment; the order becomes PAID")
    @APIResponse(responseCode = "200", description = "The paid order (header Idempotent-Replayed tells a retry)",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "The order cannot be paid in its status")
    @APIResponse(responseCode = "503", description = "The payment provider failed; retry with the same key")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    public Response capture(@PathParam("number") String number,
                            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true)
                            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        return answer(payments.capture(number, idempotencyKey));
    }

    @POST
    @Path("{number}/refund")
    @Tag(name = "Payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refunds part or all of what was captured; the order becomes PARTIALLY_REFUNDED or REFUNDED")
    @APIResponse(responseCode = "200", description = "The refunded order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "409", description = "More than is left to refund, or nothing captured")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
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
