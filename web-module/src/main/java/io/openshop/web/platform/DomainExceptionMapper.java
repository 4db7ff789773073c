package io.openshop.web.platform;

import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** A broken business rule is the caller's to fix: 400, 401, 404 or 409 with the rule in words. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, e.getMessage()))
                    .header("WWW-Authenticate", "Bearer").build();
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(),
                    Map.of(invalid.field(), e.getMessage()));
        }
        return Problem.response(Response.Status.CONFLICT, e.getMessage());
    }
}
