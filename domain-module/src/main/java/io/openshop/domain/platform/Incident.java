package io.openshop.domain.platform;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault of the shop's own that a caller was told about by its id (an API answer's "incident
 * ..."), as the back office's system page lists it: when, on which instance, in which request,
 * for which account (never an email), and what failed in one line. The stack trace stays in that
 * instance's server log, under the same id.
 *
 * @param request   "GET /api/..." or null outside a request
 * @param requestId the request's X-Request-Id, or null
 * @param accountId the signed-in account, or null
 */
public record Incident(String id, Instant occurredAt, String instance, String request, String requestId,
                       Long accountId, String summary) {

    public static final int SUMMARY_LENGTH = 500;
    public static final int REQUEST_LENGTH = 300;

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        instance = instance == null || instance.isBlank() ? "unknown" : clip(instance, 100);
        request = request == null ? null : clip(request, REQUEST_LENGTH);
        requestId = requestId == null ? null : clip(requestId, 64);
        summary = clip(summary == null ? "" : summary, SUMMARY_LENGTH);
    }

    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
