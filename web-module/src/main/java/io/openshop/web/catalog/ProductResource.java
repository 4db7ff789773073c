package io.openshop.web.catalog;

import jakarta.annotation.security.PermitAll;
import io.openshop.service.catalog.CatalogService;
import io.openshop.web.platform.CacheTags;
import io.openshop.web.platform.PageResponse;
import io.openshop.web.platform.PublicRead;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog's products, readable by anyone. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@PermitAll
public class ProductResource {

    @Inject
    CatalogService catalog;

    @Inject
    CacheTags tags;

    @PublicRead
    @GET
    @Operation(summary = "Lists products, newest first, one page at a time")
    @APIResponse(responseCode = "200", description = "A page of products")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match header names the answer's ETag")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No category has this slug")
    public PageResponse<ProductResponse> list(
            @Parameter(description = "Zero-based page index", schema = @Schema(defaultValue = "0", minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Products per page, 1 to 100", schema = @Schema(defaultValue = "20", minimum = "1", maximum = "100"))
            @QueryParam("size") String size,
            @Parameter(description = "Only products of this category and its subcategories (its slug)")
            @QueryParam("category") String category,
            @Parameter(description = "Currency of the prices (EUR, USD); the shop's default when absent")
            @QueryParam("currency") String currency) {
        var request = QueryParameters.pageRequest(page, size);
        String slug = category == null || category.isBlank() ? null : category.strip();
        var offers = catalog.offers(slug, request, catalog.currency(currency));
        tags.listing(slug);
        offers.items().forEach(p -> tags.product(p.sku()));
        return PageResponse.of(offers, ProductResponse::of);
    }

    @PublicRead
    @GET
    @Path("{slug}")
    @Operation(summary = "One product by its slug, with its options and variants (price and stock status each)")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match header names the answer's ETag")
    @APIResponse(responseCode = "404", description = "No product has this slug")
    public ProductResponse get(@PathParam("slug") String slug,
                               @Parameter(description = "Currency of the price (EUR, USD)") @QueryParam("currency") String currency) {
        var product = catalog.view(slug, catalog.currency(currency));
        tags.product(product.sku()).category(product.category().slug());
        product.breadcrumbs().forEach(c -> tags.category(c.slug()));
        return ProductResponse.of(product);
    }
}
