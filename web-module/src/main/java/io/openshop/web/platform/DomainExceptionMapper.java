package io.openshop.web.platform;

import io.openshop.domain.checkout.IdempotencyKeyReusedException;
import io.openshop.domain.payment.PaymentDeclinedException;
import io.openshop.domain.payment.PaymentProviderException;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/**
 * A broken business rule is the caller's to fix: 400, 401, 404 or 409 with the rule in words; 402
 * for a declined payment, 422 for an idempotency key reused with a different request; 503 or 502
 * when the payment provider failed.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    /** RFC 9110's 422, which JAX-RS 3.1 has no constant for. */
    static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

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
        if (e instanceof IdempotencyKeyReusedException) {
            return Problem.response(UNPROCESSABLE_CONTENT, e.getMessage(), null);
        }
        if (e instanceof PaymentDeclinedException) {
            return Problem.response(Response.Status.PAYMENT_REQUIRED, e.getMessage());
        }
        if (e instanceof PaymentProviderException provider) {
            // the provider's fault, not the caller's: 503 (try again, same key) or 502
            return provider.isRetryable()
                    ? Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                            .header("Retry-After", "5").build()
                    : Problem.response(Response.Status.BAD_GATEWAY, e.getMessage());
        }
        return Problem.response(Response.Status.CONFLICT, e.getMessage());
    }
}
