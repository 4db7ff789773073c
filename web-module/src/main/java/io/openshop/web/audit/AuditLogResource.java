package io.openshop.web.audit;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.audit.AuditColumn;
import io.openshop.domain.audit.AuditQuery;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.Sort;
import io.openshop.service.audit.AuditLogService;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The audit log for ADMIN (the EJB boundary checks the role): filtered, newest first, page by page. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@RolesAllowed(Roles.ADMIN)
public class AuditLogResource {

    /** One audit entry; before and after as the JSON objects that were recorded. */
    public record AuditEntryResponse(long id, Instant at, String actor, String action, String target, JsonObject before,
                                     JsonObject after, String remoteAddress) {
        static AuditEntryResponse of(AuditRecord r) {
            return new AuditEntryResponse(r.getId(), r.getAt(), r.getActor(), r.getAction(), r.getTarget(), object(r.getBefore()),
                    object(r.getAfter()), r.getRemoteAddress());
        }

        private static JsonObject object(String json) {
            if (json == null || json.isBlank()) {
                return null;
            }
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        }
    }

    /** One page of entries, with what a client needs to ask for the next. */
    public record AuditPageResponse(List<AuditEntryResponse> items, int page, int size, long total, int totalPages, boolean hasNext) {
    }

    @Inject
    AuditLogService auditLog;

    @GET
    @Operation(summary = "Reads the audit log, newest first (sort=at for oldest first) (ADMIN); filters by actor, action, target (whole values, any case)"
            + " and time (from inclusive, to exclusive, ISO-8601 instants)")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is malformed")
    public AuditPageResponse search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                    @QueryParam("target") String target, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("sort") String sort, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.of(actor, action, target, QueryParameters.instant("from", from), QueryParameters.instant("to", to));
        Page<AuditRecord> found = auditLog.search(query, Sort.parse(AuditColumn.class, sort, AuditColumn.DEFAULT), QueryParameters.pageRequest(page, size));
        return new AuditPageResponse(found.items().stream().map(AuditEntryResponse::of).toList(), found.page(), found.size(),
                found.total(), found.totalPages(), found.hasNext());
    }
}
