package io.openshop.domain.analytics;

import io.openshop.domain.shared.InvalidInputException;

/**
 * A visitor's answer to the analytics question, as the consent cookie keeps it. Nothing is
 * recorded unless the answer is {@link #GIVEN}; no answer yet is the same as no.
 */
public enum AnalyticsConsent {
    /** The visitor has not answered yet: the banner asks. */
    UNDECIDED,
    /** The visitor agreed to anonymous analytics. */
    GIVEN,
    /** The visitor declined, or withdrew an earlier yes. */
    DECLINED;

    /** The cookie's value: "analytics" or "none". */
    public String cookieValue() {
        return this == GIVEN ? "analytics" : "none";
    }

    /** What a cookie value says; anything unknown (or no cookie) is undecided. */
    public static AnalyticsConsent fromCookie(String value) {
        if ("analytics".equals(value)) {
            return GIVEN;
        }
        return "none".equals(value) ? DECLINED : UNDECIDED;
    }

    /** What a form's choice says: "analytics" gives consent, "none" declines; anything else is no choice. */
    public static AnalyticsConsent fromChoice(String choice) {
        AnalyticsConsent c = fromCookie(choice);
        if (c == UNDECIDED) {
            throw new InvalidInputException("choice", "must be analytics or none");
        }
        return c;
    }
}
