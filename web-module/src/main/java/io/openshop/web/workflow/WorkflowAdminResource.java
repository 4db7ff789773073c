package io.openshop.web.workflow;

import io.openshop.domain.workflow.StepColumn;
import io.openshop.domain.shared.Sort;
import io.openshop.web.platform.QueryParameters;
import io.openshop.web.platform.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.service.workflow.WorkflowEngine;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** ADMIN and SUPPORT see the order workflow's and email's steps, above all the parked ones, and replay them (checked by the EJB boundary). */
@Path("admin/workflow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow")
@RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
public class WorkflowAdminResource {

    /** How many steps are in each status. */
    public record SummaryResponse(Map<String, Long> steps) {
    }

    @Inject
    WorkflowEngine engine;

    @Context
    HttpServletRequest request;

    @GET
    @Path("summary")
    @Operation(summary = "How many steps are pending, done and parked")
    public SummaryResponse summary() {
        Map<String, Long> counts = new TreeMap<>();
        engine.counts().forEach((status, n) -> counts.put(status.name(), n));
        return new SummaryResponse(counts);
    }

    @GET
    @Path("steps")
    @Operation(summary = "Steps in one status (default PARKED: the dead letters), one page at a time: newest first by default,"
            + " sort=queued for the oldest first")
    @APIResponse(responseCode = "200", description = "One page of steps")
    @APIResponse(responseCode = "400", description = "Unknown status, or a malformed sort or paging parameter")
    public PageResponse<StepResponse> steps(@QueryParam("status") String status, @QueryParam("sort") String sort,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(engine.inStatus(status(status), Sort.parse(StepColumn.class, sort, StepColumn.DEFAULT),
                QueryParameters.pageRequest(page, size)), StepResponse::of);
    }

    @GET
    @Path("steps/{id}")
    @Operation(summary = "One step")
    @APIResponse(responseCode = "404", description = "No such step")
    public StepResponse step(@PathParam("id") long id) {
        return StepResponse.of(engine.step(id));
    }

    @POST
    @Path("steps/{id}/replay")
    @Operation(summary = "Sends a parked step back to work with fresh attempts (audited)")
    @APIResponse(responseCode = "200", description = "The step, PENDING again")
    @APIResponse(responseCode = "409", description = "The step is not parked")
    public StepResponse replay(@PathParam("id") long id) {
        return StepResponse.of(engine.replay(id, request.getRemoteAddr()));
    }

    private static StepStatus status(String value) {
        if (value == null || value.isBlank()) {
            return StepStatus.PARKED;
        }
        try {
            return StepStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "is one of PENDING, DONE, PARKED");
        }
    }
}
