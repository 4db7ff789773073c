package io.openshop.web.catalog;

import io.openshop.domain.catalog.CatalogImport;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogImportService;
import io.openshop.service.catalog.ExportFile;
import io.openshop.service.catalog.ExportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * Bulk product exports (ADMIN or CATALOG_MANAGER): the whole catalog as CSV or JSON in the
 * columns an import reads, written by a Jakarta Batch job; downloaded once it has completed.
 */
@Path("admin/catalog/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog administration")
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CatalogExportResource {

    @Inject
    CatalogImportService imports;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Exports every product as CSV or JSON, in the columns an import reads (ADMIN or CATALOG_MANAGER)",
            description = "Runs as a Jakarta Batch job, a thousand products a chunk; a job stopped with its server resumes from its "
                    + "last chunk. Importing the file again changes nothing.")
    @APIResponse(responseCode = "202", description = "The export, running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "400", description = "The format is neither csv nor json")
    public Response submit(@QueryParam("format") String format) {
        ExportView started = imports.submitExport(format(format));
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An export's progress: products written so far")
    @APIResponse(responseCode = "200", description = "The export")
    @APIResponse(responseCode = "404", description = "No export with this id")
    public ExportView progress(@PathParam("id") long id) {
        return imports.export(id);
    }

    @GET
    @Path("{id}/file")
    @Produces({CatalogImportResource.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "A completed export's file, CSV with a header line or a JSON array of products")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = CatalogImportResource.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class))})
    @APIResponse(responseCode = "400", description = "The export has not completed yet")
    @APIResponse(responseCode = "404", description = "No export with this id")
    public Response file(@PathParam("id") long id) {
        ExportFile file = imports.file(id);
        StreamingOutput body = out -> imports.writeFile(file, out);
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    private static CatalogImport.Format format(String format) {
        String f = format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> CatalogImport.Format.CSV;
            case "json" -> CatalogImport.Format.JSON;
            default -> throw new InvalidInputException("format", "is csv or json");
        };
    }
}
