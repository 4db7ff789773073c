package io.openshop.web.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.identity.StaffMember;
import io.openshop.service.identity.StaffService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** ADMIN manages staff accounts (the EJB boundary checks the role; every change is audited). */
@Path("admin/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@RolesAllowed(Roles.ADMIN)
public class StaffAdminResource {

    /** A new staff account: an initial password the policy accepts, and at least one staff role. */
    public record NewStaffRequest(String email, String name, String password, List<String> roles) {
    }

    /** A staff account as ADMIN sees it; never a password hash or a second-factor secret. */
    public record StaffResponse(long id, String email, String name, List<String> roles, String status, boolean twoFactor,
                                Instant createdAt, Instant lastLoginAt) {
        static StaffResponse of(StaffMember m) {
            return new StaffResponse(m.getId(), m.getEmail(), m.getDisplayName(), m.getRoles(), m.getStatus(), m.isTwoFactor(),
                    m.getCreatedAt(), m.getLastLoginAt());
        }
    }

    @Inject
    StaffService staff;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Lists the staff accounts with their roles and state (ADMIN)")
    public List<StaffResponse> list() {
        return staff.staff().stream().map(StaffResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff account (ADMIN)")
    @APIResponse(responseCode = "404", description = "No staff account with this id")
    public StaffResponse one(@PathParam("id") long id) {
        return StaffResponse.of(staff.member(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a staff account with an initial password (ADMIN; audited)")
    @APIResponse(responseCode = "201", description = "Created; Location of the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (the password policy, a role that is not a staff role …)")
    @APIResponse(responseCode = "409", description = "The email already has an account")
    public Response create(NewStaffRequest body) {
        if (body == null) {
            throw new InvalidInputException("email", "name, password and roles are required");
        }
        StaffMember created = staff.create(body.email(), body.name(), body.password(), body.roles(), request.getRemoteAddr());
        return Response.created(UriBuilder.fromResource(StaffAdminResource.class).path("{id}").build(created.getId()))
                .entity(StaffResponse.of(created)).build();
    }

    @PUT
    @Path("{id}/roles/{role}")
    @Operation(summary = "Grants a staff role (ADMIN; audited with the roles before and after)")
    public StaffResponse grant(@PathParam("id") long id, @PathParam("role") String role) {
        return StaffResponse.of(staff.grantRole(id, role, request.getRemoteAddr()));
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @Operation(summary = "Revokes a staff role (ADMIN; never one's own ADMIN, never the last active ADMIN's; audited)")
    @APIResponse(responseCode = "409", description = "The change would remove one's own or the last administrator")
    public StaffResponse revoke(@PathParam("id") long id, @PathParam("role") String role) {
        return StaffResponse.of(staff.revokeRole(id, role, request.getRemoteAddr()));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disables a staff account: no sign-in, its tokens open nothing (ADMIN; not oneself; audited)")
    @APIResponse(responseCode = "409", description = "One's own account, or the last active administrator")
    public StaffResponse disable(@PathParam("id") long id) {
        return StaffResponse.of(staff.disable(id, request.getRemoteAddr()));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enables a disabled staff account again (ADMIN; audited)")
    public StaffResponse enable(@PathParam("id") long id) {
        return StaffResponse.of(staff.enable(id, request.getRemoteAddr()));
    }
}
