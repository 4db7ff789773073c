package io.openshop.web.review;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.review.ReviewColumn;
import io.openshop.domain.review.ReviewStatus;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.Sort;
import io.openshop.service.review.ReviewService;
import io.openshop.web.platform.PageResponse;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** The moderation queue for ADMIN, CATALOG_MANAGER and SUPPORT (checked by the EJB boundary); decisions are audited. */
@Path("admin/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT})
public class ReviewModerationResource {

    @Inject
    ReviewService reviews;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Reviews in a status, oldest first (the queue: PENDING)")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "403", description = "The caller may not moderate")
    public PageResponse<ReviewResponse> queue(
            @Parameter(description = "PENDING (default), PUBLISHED or REJECTED") @QueryParam("status") String status,
            @Parameter(description = "written (default) or rating, a leading - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Zero-based page index") @QueryParam("page") String page,
            @Parameter(description = "Reviews per page, 1 to 100") @QueryParam("size") String size) {
        Page<ReviewResponse> found = reviews.queue(status(status), Sort.parse(ReviewColumn.class, sort, ReviewColumn.DEFAULT),
                QueryParameters.pageRequest(page, size)).map(ReviewResponse::of);
        return PageResponse.of(found);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/publish")
    @Operation(summary = "Publishes a pending or rejected review")
    @APIResponse(responseCode = "200", description = "The review, PUBLISHED")
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "409", description = "Already published, or changed by another moderator meanwhile")
    public ReviewResponse publish(@PathParam("id") long id) {
        return ReviewResponse.of(reviews.publish(id, request.getRemoteAddr()));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reject")
    @Operation(summary = "Rejects a pending review or takes a published one down")
    @APIResponse(responseCode = "200", description = "The review, REJECTED")
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "409", description = "Already rejected, or changed by another moderator meanwhile")
    public ReviewResponse reject(@PathParam("id") long id) {
        return ReviewResponse.of(reviews.reject(id, request.getRemoteAddr()));
    }

    private static ReviewStatus status(String text) {
        if (text == null || text.isBlank()) {
            return ReviewStatus.PENDING;
        }
        try {
            return ReviewStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be PENDING, PUBLISHED or REJECTED");
        }
    }
}
