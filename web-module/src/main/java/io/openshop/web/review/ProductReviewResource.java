package io.openshop.web.review;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.service.review.ReviewService;
import io.openshop.web.platform.PublicRead;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A product's reviews: anyone reads the published ones; a customer with a bearer token writes one. */
@Path("products/{slug}/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
@PermitAll
public class ProductReviewResource {

    @Inject
    io.openshop.web.platform.CacheTags tags;

    @Inject
    ReviewService reviews;

    @Context
    SecurityContext security;

    @PublicRead
    @GET
    @Operation(summary = "The product's published reviews, newest first, a keyset page at a time, with their count and average")
    @APIResponse(responseCode = "200", description = "A page of reviews; next is the cursor of the following page")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match header names the answer's ETag")
    @APIResponse(responseCode = "400", description = "size out of range or a cursor this shop did not give out")
    @APIResponse(responseCode = "404", description = "No product has this slug")
    public ReviewsResponse list(@PathParam("slug") String slug,
                                @Parameter(description = "The next cursor of the previous page") @QueryParam("after") String after,
                                @Parameter(description = "Reviews per page, 1 to 50", schema = @Schema(defaultValue = "10", minimum = "1", maximum = "50"))
                                @QueryParam("size") String size) {
        ReviewsResponse answer = ReviewsResponse.of(reviews.published(slug, after, QueryParameters.integer("size", size, 10)));
        tags.reviews(slug);
        return answer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reviews the product as the signed-in customer (bearer token); it is shown once a moderator publishes it")
    @APIResponse(responseCode = "201", description = "The review, PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", description = "rating not 1 to 5, title or body missing or too long")
    @APIResponse(responseCode = "401", description = "No customer signed in")
    @APIResponse(responseCode = "409", description = "The customer has already reviewed this product")
    @RolesAllowed(Roles.CUSTOMER)
    public Response submit(@PathParam("slug") String slug, ReviewRequest body) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send a bearer token from POST /api/auth/token");
        }
        if (body == null) {
            throw new InvalidInputException("review", "is required");
        }
        return Response.status(Response.Status.CREATED).entity(ReviewResponse.of(reviews.submit(slug, body.draft()))).build();
    }
}
