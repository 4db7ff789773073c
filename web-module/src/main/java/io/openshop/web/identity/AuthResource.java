package io.openshop.web.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.web.platform.ApiRoles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.service.identity.ApiToken;
import io.openshop.service.identity.ApiTokenService;
import io.openshop.service.identity.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bearer tokens for API clients. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@PermitAll
public class AuthResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    IdentityService identity;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchanges an email and password (and the one-time code as totp, for two-factor accounts such as every ADMIN) for a bearer token (sign-in throttling applies)")
    @APIResponse(responseCode = "200", description = "The token, to send as 'Authorization: Bearer <token>'")
    @APIResponse(responseCode = "401", description = "Wrong email, password or one-time code, the code is missing or used, an ADMIN without two-factor sign-in, or the account is locked for a while")
    public TokenResponse token(TokenRequest credentials) {
        if (credentials == null || credentials.email() == null || credentials.password() == null) {
            throw new InvalidInputException("email", "and password are required");
        }
        ApiToken token = tokens.issue(credentials.email(), credentials.password(), credentials.totp(), request.getRemoteAddr());
        return new TokenResponse(token.token(), "Bearer", token.expiresAt());
    }

    @POST
    @Path("logout")
    @Operation(summary = "Signs the bearer token's account out: every API token it holds stops working (audited)")
    @APIResponse(responseCode = "204", description = "Signed out; this and every other token of the account is revoked")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @RolesAllowed(ApiRoles.ANY_ACCOUNT)
    public void logout() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthenticatedException("Send the bearer token to revoke");
        }
        identity.signedOut(request.getRemoteAddr());
    }
}
