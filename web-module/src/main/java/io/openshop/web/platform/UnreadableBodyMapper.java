package io.openshop.web.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not of the shape the resource takes, is the caller's to
 * fix: 400, saying so, instead of the 500 that JAX-RS's ProcessingException would otherwise
 * become. Any other processing failure is ours, and answered as such.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return Problem.response(Response.Status.BAD_REQUEST,
                        "The request body is not JSON of the expected shape: send an object with the documented fields.");
            }
        }
        return new UnexpectedExceptionMapper().toResponse(e);
    }
}
