package io.openshop.web.catalog;

import io.openshop.domain.catalog.CatalogImport;
import io.openshop.domain.identity.Roles;
import io.openshop.service.catalog.CatalogImportService;
import io.openshop.service.catalog.ImportView;
import io.openshop.web.platform.PageResponse;
import io.openshop.web.platform.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk product imports (ADMIN or CATALOG_MANAGER): the file is the request body, CSV or JSON by
 * its Content-Type; the answer is at once (202), and the import's progress and refused rows are
 * read from its own URL while its Jakarta Batch job runs.
 */
@Path("admin/catalog/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog administration")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CatalogImportResource {

    static final String CSV = "text/csv";

    @Inject
    CatalogImportService imports;

    @Context
    UriInfo uri;

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Imports products from a CSV or JSON file (ADMIN or CATALOG_MANAGER)",
            description = "Columns (CSV header) or properties (JSON objects in an array): sku, name, description, category (slug), "
                    + "price, currency, status (DRAFT, PUBLISHED, UNPUBLISHED; default PUBLISHED), tax_class (default standard), "
                    + "weight_grams (default 500), type (product type slug), attributes, options (option code → its values, S|M|L), "
                    + "prices (price list code → amount) and stock (warehouse code → units on hand); in CSV the maps are written "
                    + "key=value;key=value. A variant's row names its product's SKU in product and its combination in options "
                    + "(size=M;colour=Red), with the variant's own sku, price and stock; it follows its product's row. Products are "
                    + "upserted by SKU through the catalog's rules; each refused row is reported with its line and reason while the "
                    + "others are kept; a row repeating an earlier row's SKU is refused; importing the same file again changes "
                    + "nothing. Stock is never set below what orders have reserved. Runs as a Jakarta Batch job in chunks of 500 "
                    + "rows; a job stopped with its server resumes from its last chunk when the server is back.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "RFC 4180 CSV with a header line")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Object.class, description = "An array of product objects"))})
    @APIResponse(responseCode = "202", description = "The import, running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "The file is empty or too large")
    public Response submit(@HeaderParam("Content-Type") String contentType, @QueryParam("fileName") String fileName, String content) {
        CatalogImport.Format format = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(CSV)
                ? CatalogImport.Format.CSV : CatalogImport.Format.JSON;
        ImportView started = imports.submit(format, fileName, content);
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build()).build();
    }

    @GET
    @Operation(summary = "The latest imports first, with their progress")
    @APIResponse(responseCode = "200", description = "One page of imports")
    public PageResponse<ImportView> recent(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(imports.recent(QueryParameters.pageRequest(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress: rows read, created, updated, unchanged and refused")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "No import with this id")
    public ImportView progress(@PathParam("id") long id) {
        return imports.view(id);
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "An import's refused rows by line, with the field and the reason")
    @APIResponse(responseCode = "200", description = "One page of refused rows")
    @APIResponse(responseCode = "404", description = "No import with this id")
    public PageResponse<ImportView.RowError> errors(@PathParam("id") long id, @QueryParam("page") String page,
                                                    @QueryParam("size") String size) {
        return PageResponse.of(imports.errors(id, QueryParameters.pageRequest(page, size)));
    }
}
