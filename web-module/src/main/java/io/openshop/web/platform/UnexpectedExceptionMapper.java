package io.openshop.web.platform;

import io.openshop.domain.shared.StoredDataTamperedException;
import io.openshop.service.identity.CurrentAccount;
import io.openshop.service.platform.Incidents;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A fault of ours: the caller gets a problem with an incident id and no stack trace; the log
 * gets the stack trace under the same id. When the database cannot be reached the answer is
 * 503 with Retry-After, since trying again later is the right thing for a client to do.
 *
 * <p>The log record names the request ({@code (GET /api/...)}, its {@link RequestIdFilter request
 * id}) and the signed-in account's id, never the caller's email; with Payara's JSON formatter
 * ({@code SHOP_LOG_FORMAT=json}) they are fields of their own too: {@code incidentId},
 * {@code requestId}, {@code accountId}. The incident is also kept for the back office's system
 * page (the chain of exception types, no messages: they may quote stored data), unless the
 * database is what failed.
 *
 * <p>One failure is one incident: Jersey's mapper for EJB exceptions asks this mapper for an
 * answer twice for the same cause (once in {@code isMappable} to see whether there is one, then
 * for the answer), so the second time the incident already made for that exception in this
 * request is answered again, neither logged nor kept twice.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final String MAPPED = UnexpectedExceptionMapper.class.getName() + ".mapped";

    @Context
    HttpServletRequest request;

    @Inject
    CurrentAccount account;

    @EJB
    Incidents incidents;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
        boolean databaseUnreachable = databaseUnreachable(cause);
        boolean tampered = tampered(cause);
        String known = mappedBefore(cause);
        if (known != null) {
            return answer(known, databaseUnreachable, tampered);
        }
        String incident = UUID.randomUUID().toString();
        Map<String, String> fields = fields(incident, !databaseUnreachable);
        String logged = incident + where() + " [request " + fields.get("requestId")
                + (fields.containsKey("accountId") ? ", account " + fields.get("accountId") : "") + "]";
        remember(cause, incident);
        if (databaseUnreachable) {
            log(Level.WARNING, "Incident " + logged + ": database unreachable: " + cause, null, fields);
        } else if (tampered) {
            log(Level.SEVERE, "Incident " + logged + ": stored personal data failed its integrity check", cause, fields);
            keep(fields, cause);
        } else {
            log(Level.SEVERE, "Incident " + logged, cause, fields);
            keep(fields, cause);
        }
        return answer(incident, databaseUnreachable, tampered);
    }

    private static Response answer(String incident, boolean databaseUnreachable, boolean tampered) {
        if (databaseUnreachable) {
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                            "The shop cannot reach its database just now. Please try again shortly (incident " + incident + ")."))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (tampered) {
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Stored personal data failed its integrity check and is not shown. Incident " + incident + " has been logged.");
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Incident " + incident + " has been logged.");
    }

    /** The incident this request already made for this very exception, or null. */
    @SuppressWarnings("unchecked")
    private String mappedBefore(Throwable cause) {
        try {
            Map<Throwable, String> mapped = (Map<Throwable, String>) request.getAttribute(MAPPED);
            return mapped == null ? null : mapped.get(cause);
        } catch (RuntimeException e) { // outside a request
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private void remember(Throwable cause, String incident) {
        try {
            Map<Throwable, String> mapped = (Map<Throwable, String>) request.getAttribute(MAPPED);
            if (mapped == null) {
                mapped = new IdentityHashMap<>();
                request.setAttribute(MAPPED, mapped);
            }
            mapped.put(cause, incident);
        } catch (RuntimeException e) { // outside a request: nothing to remember it by
            LOG.log(Level.FINE, "No request to remember incident " + incident + " in", e);
        }
    }

    /** " (GET /api/...)": the request the incident happened in, as the log names it after the id. */
    private String where() {
        try {
            // braces would make the log formatter read the message as a MessageFormat pattern
            return " (" + request.getMethod() + " " + request.getRequestURI().replace("{", "%7B").replace("}", "%7D") + ")";
        } catch (RuntimeException e) { // outside a request
            return "";
        }
    }

    /** The record's own JSON fields: the incident, the request and, when asked and known, the signed-in account. */
    private Map<String, String> fields(String incident, boolean lookUpAccount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("incidentId", incident);
        String requestId = null;
        try {
            requestId = RequestIdFilter.of(request);
        } catch (RuntimeException e) { // outside a request
            // no request id then
        }
        fields.put("requestId", requestId == null ? "none" : requestId);
        if (lookUpAccount) {
            try {
                Long id = account.idOrNull();
                if (id != null) {
                    fields.put("accountId", id.toString());
                }
            } catch (RuntimeException e) { // the account cannot be read just now: the incident is logged without it
                LOG.log(Level.FINE, "No account for incident " + incident, e);
            }
        }
        return fields;
    }

    /** Records the incident for the system page; a failure to do so is logged, never thrown over the answer. */
    private void keep(Map<String, String> fields, Throwable cause) {
        String request = where();
        try {
            incidents.record(fields.get("incidentId"), request.isEmpty() ? null : request.substring(2, request.length() - 1),
                    "none".equals(fields.get("requestId")) ? null : fields.get("requestId"),
                    fields.containsKey("accountId") ? Long.valueOf(fields.get("accountId")) : null, cause);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Incident " + fields.get("incidentId") + " could not be kept for the system page: " + e);
        }
    }

    private static void log(Level level, String message, Throwable thrown, Map<String, String> fields) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(LOG.getName());
        record.setThrown(thrown);
        // Payara's JSON formatter adds a Map parameter's entries as fields; the text formatter ignores it
        record.setParameters(new Object[] {fields});
        LOG.log(record);
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
            // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed, or not accepting connections yet
            if (t instanceof SQLException sql && ((sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || String.valueOf(sql.getMessage()).contains("allocating a connection"))) {
                return true;
            }
        }
        return false;
    }
}
