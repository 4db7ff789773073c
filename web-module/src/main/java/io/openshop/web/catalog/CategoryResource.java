package io.openshop.web.catalog;

import jakarta.annotation.security.PermitAll;
import io.openshop.service.catalog.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.openshop.web.platform.CacheTags;
import io.openshop.web.platform.PublicRead;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The catalog's categories, readable by anyone. */
@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@PermitAll
public class CategoryResource {

    /** A category; {@code parent} is the slug of the category above it, absent at the top. */
    public record CategoryResponse(String slug, String name, String description, String parent) {
    }

    @Inject
    CatalogService catalog;

    @Inject
    CacheTags tags;

    @PublicRead
    @GET
    @Operation(summary = "All categories, by name")
    @APIResponse(responseCode = "200", description = "The categories")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match header names the answer's ETag")
    public List<CategoryResponse> list() {
        tags.categoryTree();
        return catalog.categories().stream()
                .map(c -> new CategoryResponse(c.slug(), c.name(), c.description(), c.parent()))
                .toList();
    }
}
