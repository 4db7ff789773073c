package io.openshop.web.platform;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error the API returns.
 *
 * @param errors field name to message, for input that broke a rule; absent otherwise
 */
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, null);
    }

    public static Response response(Response.StatusType status, String detail, Map<String, String> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA).entity(problem).build();
    }
}
