package io.openshop.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A boundary refused the caller: 401 when nobody is signed in (sign in and try again), 403 when
 * the signed-in caller lacks the role. The problem names no role and no rule.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
        if (security == null || security.getUserPrincipal() == null) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Sign in to do this."))
                    .header("WWW-Authenticate", "Bearer realm=\"openshop\"").build();
        }
        return Problem.response(Response.Status.FORBIDDEN, "Your account may not do this.");
    }
}
