package io.openshop.web.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.analytics.Report;
import io.openshop.domain.analytics.ReportQuery;
import io.openshop.service.analytics.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The reports for ADMIN: as JSON, or exported as CSV, Excel or PDF with the same rows and totals. */
@Path("admin/reports")
@RequestScoped
@Tag(name = "Analytics")
@RolesAllowed(Roles.ADMIN)
public class ReportResource {

    /** A report in JSON: its headings, rows and totals (amounts as decimals, dates as ISO days). */
    public record ReportResponse(String report, String title, LocalDate from, LocalDate to, String currency, List<String> columns,
                                 List<List<Object>> rows, List<Object> totals) {
    }

    @Inject
    ReportService reports;

    @GET
    @Path("{report}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf"})
    @Operation(summary = "A report (sales-by-day, -week, -month, -product, -category, -coupon, -country, tax-by-rate, refunds,"
            + " returns) for UTC days from..to (both included) in one currency; format json (default), csv, xlsx or pdf")
    @APIResponse(responseCode = "200", description = "The report, or its file as an attachment",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "An unknown report, format or currency, or a period that is not one; the field is named")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    public Response report(@PathParam("report") String report, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("currency") String currency, @QueryParam("format") String format) {
        Report found = reports.run(report, from, to, currency);
        ReportQuery query = found.query();
        ReportExport export = format == null || format.isBlank() || format.equalsIgnoreCase("json") ? null : ReportExport.fromName(format);
        if (export == null) {
            return Response.ok(new ReportResponse(query.kind().slug(), query.kind().title(), query.from(), query.to(),
                    query.currency().getCurrencyCode(), ReportExport.headings(found), found.rows(), found.totals()),
                    MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(export.write(found), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName(found) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
