package io.openshop.web.order;

import io.openshop.domain.order.OrderQuery;
import io.openshop.service.order.OrderDeskService;
import io.openshop.web.platform.Problem;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order list for staff (ADMIN, FULFILMENT, SUPPORT; the EJB boundary checks the role). */
@Path("admin/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderSearchResource {

    @Inject
    OrderDeskService desk;

    @GET
    @Operation(summary = "Finds orders, newest first (ADMIN, FULFILMENT, SUPPORT): by status, by the start of the order number"
            + " or the customer's email (any case), and by time placed (from inclusive, to exclusive)")
    @APIResponse(responseCode = "200", description = "One page of orders and the total",
            content = @Content(schema = @Schema(implementation = OrderDeskResponses.OrderPageResponse.class)))
    @APIResponse(responseCode = "400", description = "An unknown status, a malformed time, or a bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderDeskResponses.OrderPageResponse search(
            @Parameter(description = "an order status, e.g. PAID") @QueryParam("status") String status,
            @Parameter(description = "the start of an order number (SO-0001) or of an email") @QueryParam("q") String text,
            @Parameter(description = "an ISO-8601 instant or date (UTC), inclusive") @QueryParam("from") String from,
            @Parameter(description = "an ISO-8601 instant or date (UTC), exclusive") @QueryParam("to") String to,
            @Parameter(description = "zero-based page") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        OrderQuery query = OrderQuery.of(status, text, QueryParameters.instant("from", from), QueryParameters.instant("to", to));
        return OrderDeskResponses.OrderPageResponse.of(desk.search(query, QueryParameters.pageRequest(page, size)));
    }
}
