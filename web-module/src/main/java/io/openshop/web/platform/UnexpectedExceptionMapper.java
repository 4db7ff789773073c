package io.openshop.web.platform;

import io.openshop.domain.shared.StoredDataTamperedException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of ours: the caller gets a problem with an incident id and no stack trace; the log
 * gets the stack trace under the same id. When the database cannot be reached the answer is
 * 503 with Retry-After, since trying again later is the right thing for a client to do.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final String RETRY_AFTER_SECONDS = "30";

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        String logged = incident + where();
        Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
        if (databaseUnreachable(cause)) {
            LOG.log(Level.WARNING, "Incident " + logged + ": database unreachable: " + cause);
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                            "The shop cannot reach its database just now. Please try again shortly (incident " + incident + ")."))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (tampered(cause)) {
            LOG.log(Level.SEVERE, "Incident " + logged + ": stored personal data failed its integrity check", cause);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Stored personal data failed its integrity check and is not shown. Incident " + incident + " has been logged.");
        }
        LOG.log(Level.SEVERE, "Incident " + logged, cause);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Incident " + incident + " has been logged.");
    }

    /** " (GET /api/...)": the request the incident happened in, as the log names it after the id. */
    private String where() {
        try {
            return " (" + request.getMethod() + " " + request.getRequestURI() + ")";
        } catch (RuntimeException e) { // outside a request
            return "";
        }
    }

    /** Whether an encrypted value did not authenticate, however deep the persistence provider wrapped it. */
    static boolean tampered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoredDataTamperedException) {
                return true;
            }
        }
        return false;
    }

    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || String.valueOf(sql.getMessage()).contains("allocating a connection"))) {
                return true;
            }
        }
        return false;
    }
}
