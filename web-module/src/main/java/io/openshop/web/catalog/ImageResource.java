package io.openshop.web.catalog;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import io.openshop.domain.catalog.ImageStore.StoredImage;
import io.openshop.service.catalog.ImageService;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product pictures by content hash. The address names the content, so an answer never changes:
 * it may be cached for a year, and a client that has it gets 304 for its ETag.
 */
@Path("images/{hash}")
@RequestScoped
@Tag(name = "Catalog")
@PermitAll
public class ImageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    ImageService images;

    @GET
    @Operation(summary = "A product picture, or its thumbnail of width 160, 320 or 640")
    @APIResponse(responseCode = "200", description = "The picture (PNG or JPEG)",
            content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Unchanged since the client's copy (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such picture")
    public Response get(@PathParam("hash") String hash,
                        @Parameter(description = "Thumbnail width: 160, 320 or 640") @QueryParam("w") String width,
                        @Context Request request) {
        int w = QueryParameters.integer("w", width, 0);
        EntityTag tag = new EntityTag(w == 0 ? hash : hash + "-" + w);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(ONE_YEAR);
        cache.getCacheExtension().put("immutable", null);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            images.original(hash); // a 304 only for a picture that exists
            return unchanged.cacheControl(cache).build();
        }
        StoredImage image = w == 0 ? images.original(hash) : images.thumbnail(hash, w);
        return Response.ok(image.data(), image.contentType()).tag(tag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
