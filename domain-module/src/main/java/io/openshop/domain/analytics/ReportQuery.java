package io.openshop.domain.analytics;

import io.openshop.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;

/**
 * Which report, for which UTC days (both included) and in which currency. At most
 * {@value #MAX_DAYS} days, so that no report reads the whole history by accident.
 */
public record ReportQuery(ReportKind kind, LocalDate from, LocalDate to, Currency currency) implements Serializable {

    public static final int MAX_DAYS = 1_100;

    public ReportQuery {
        if (kind == null) {
            throw new InvalidInputException("report", "is required");
        }
        if (from == null) {
            throw new InvalidInputException("from", "is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "must be less than " + MAX_DAYS + " days after from");
        }
        if (currency == null) {
            throw new InvalidInputException("currency", "is required");
        }
    }

    /**
     * A query as a URL or a form gives it: the report's name ("sales-by-day"), ISO days and a
     * currency code (EUR when blank); anything malformed is an error naming its field.
     */
    public static ReportQuery of(String report, String from, String to, String currency) {
        return new ReportQuery(ReportKind.fromName(report), day("from", from), day("to", to),
                currency(currency == null || currency.isBlank() ? "EUR" : currency));
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-11-26");
        }
    }

    /** A currency code from a URL or a form, or a field error. */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR");
        }
    }
}
