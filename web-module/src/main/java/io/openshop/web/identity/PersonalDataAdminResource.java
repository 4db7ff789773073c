package io.openshop.web.identity;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.service.identity.PersonalDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ADMIN's tools for personal data (checked by the EJB boundary): erasure on request, re-encryption after a key rotation. */
@Path("admin/personal-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@RolesAllowed(Roles.ADMIN)
public class PersonalDataAdminResource {

    /** Whom to erase. */
    public record EraseCustomerRequest(String email) {
    }

    /** How many rows one call rewrote; call again until 0. */
    public record ReencryptResponse(int rewritten) {
    }

    @Inject
    PersonalDataService personalData;

    @Context
    HttpServletRequest request;

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases a customer's personal data on their request (ADMIN; audited)")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No customer with this email")
    public void erase(EraseCustomerRequest body) {
        // checked by the boundary, after the role: callers without it learn nothing about the input
        personalData.eraseCustomer(body == null ? null : body.email(), request.getRemoteAddr());
    }

    @POST
    @Path("reencrypt")
    @Operation(summary = "Re-encrypts up to batchSize rows of personal data under the current key (ADMIN; audited)")
    @APIResponse(responseCode = "200", description = "How many rows were rewritten; 0 when none is left")
    public ReencryptResponse reencrypt(@QueryParam("batchSize") Integer batchSize) {
        return new ReencryptResponse(personalData.reencryptBatch(batchSize == null ? 500 : batchSize, request.getRemoteAddr()));
    }
}
