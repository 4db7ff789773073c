package io.openshop.web.catalog;

import jakarta.annotation.security.PermitAll;
import io.openshop.domain.catalog.ProductQuery;
import io.openshop.service.catalog.CatalogService;
import io.openshop.web.platform.PublicRead;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Product search with facets and keyset pages. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@PermitAll
public class SearchResource {

    @Inject
    CatalogService catalog;

    @Inject
    io.openshop.web.platform.CacheTags tags;

    @PublicRead
    @GET
    @Operation(summary = "Searches products by words (typos forgiven), category, price band, attributes and order",
            description = "Attribute filters are parameters named attr.CODE (attr.material=Cotton); the facets list the codes.")
    @APIResponse(responseCode = "200", description = "A page of hits with facet counts over all hits")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match header names the answer's ETag")
    @APIResponse(responseCode = "400", description = "A parameter is out of range or malformed")
    @APIResponse(responseCode = "404", description = "The category does not exist")
    public SearchResponse search(
            @Parameter(description = "Search words; an exact SKU also gives exactMatch") @QueryParam("q") String q,
            @Parameter(description = "Category slug; its subcategories are included") @QueryParam("category") String category,
            @Parameter(description = "Price band key, e.g. 25-50 or 500-") @QueryParam("price") String price,
            @Parameter(description = "relevance, newest, price-asc or price-desc") @QueryParam("sort") String sort,
            @Parameter(description = "The next cursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Hits per page, 1 to 100", schema = @Schema(defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "Currency prices are shown, filtered and sorted in (EUR, USD)") @QueryParam("currency") String currency,
            @Context UriInfo uri) {
        int pageSize = QueryParameters.integer("size", size, 20);
        // Attribute filters are parameters named attr.CODE, e.g. attr.material=Cotton.
        var listing = catalog.search(ProductQuery.of(q, category, price, sort, after, pageSize,
                catalog.currency(currency), QueryParameters.attributeFilters(uri.getQueryParameters())));
        tags.listing(category);
        listing.products().forEach(p -> tags.product(p.sku()));
        return SearchResponse.of(listing);
    }
}
