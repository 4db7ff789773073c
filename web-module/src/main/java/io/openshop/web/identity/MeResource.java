package io.openshop.web.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.web.platform.ApiRoles;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.service.identity.AccountProfile;
import io.openshop.service.identity.IdentityService;
import io.openshop.service.identity.PersonalDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the bearer token of a request belongs to. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@RolesAllowed(ApiRoles.ANY_ACCOUNT)
public class MeResource {

    @Inject
    IdentityService identity;

    @Inject
    PersonalDataService personalData;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The account the bearer token belongs to")
    @APIResponse(responseCode = "200", description = "The caller's account")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public MeResponse me() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send a bearer token from POST /api/auth/token");
        }
        AccountProfile profile = identity.ownProfile();
        return new MeResponse(profile.getEmail(), profile.getDisplayName(), profile.getKind(), profile.getRoles());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the name of the caller's account; other fields are not read")
    @APIResponse(responseCode = "200", description = "The account after the change")
    @APIResponse(responseCode = "400", description = "A name that is empty or longer than 120 characters")
    public MeResponse rename(ProfileRequest body) {
        signedIn();
        AccountProfile profile = identity.renameMe(body == null ? null : body.name());
        return new MeResponse(profile.getEmail(), profile.getDisplayName(), profile.getKind(), profile.getRoles());
    }

    @GET
    @Path("export")
    @Operation(summary = "Everything the shop keeps about the signed-in customer, as JSON (audited)")
    @APIResponse(responseCode = "200", description = "Profile, addresses and orders with lines and totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class)))
    @RolesAllowed(Roles.CUSTOMER)
    public Response export() {
        signedIn();
        return Response.ok(ExportResponse.of(personalData.exportMine(request.getRemoteAddr())))
                .header("Content-Disposition", "attachment; filename=\"openshop-data.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases the signed-in customer's personal data and closes the account (password required; audited)")
    @APIResponse(responseCode = "204", description = "Erased; the account can no longer sign in")
    @APIResponse(responseCode = "400", description = "The password is missing or wrong")
    @RolesAllowed(Roles.CUSTOMER)
    public void erase(EraseRequest body) {
        signedIn();
        personalData.eraseMine(body == null ? null : body.password(), request.getRemoteAddr());
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send a bearer token from POST /api/auth/token");
        }
    }
}
