package io.openshop.web.platform;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads query parameters as text and converts them here, so that "?page=abc" is a 400 problem
 * naming the parameter rather than the 404 the JAX-RS runtime gives for a failed conversion.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static PageRequest pageRequest(String page, String size) {
        return new PageRequest(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    /**
     * A point in time typed into a filter: an instant ({@code 2026-11-26T10:00:00Z}), a time as a
     * datetime-local field sends it ({@code 2026-11-26T10:00}, read as UTC) or a date as a date
     * field sends it ({@code 2026-11-26}, its start in UTC); null when blank. Anything else is a
     * bad input naming the parameter.
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            // a date or a local time, below
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a time such as 2026-11-26T10:00:00Z or 2026-11-26T10:00 (UTC),"
                    + " or a date such as 2026-11-26");
        }
    }

    /** The prefix of attribute filter parameters: attr.material=Cotton. */
    public static final String ATTRIBUTE_PREFIX = "attr.";

    /** The attribute filters among a request's parameters (first value of each). */
    public static Map<String, String> attributeFilters(Map<String, ? extends List<String>> parameters) {
        Map<String, String> filters = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(ATTRIBUTE_PREFIX) && values != null && !values.isEmpty()
                    && values.get(0) != null && !values.get(0).isBlank()) {
                filters.put(name.substring(ATTRIBUTE_PREFIX.length()), values.get(0).strip());
            }
        });
        return filters;
    }
}
