package io.openshop.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as the shop keeps it: trimmed and lower-case, so that case never makes two accounts. */
public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("[^@\\s\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]{1,64}@[^@\\s\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+\\.[^@\\s\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+");
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("email", "must be an email address such as anna@example.com");
        }
    }

    /** Reads an address as a person typed it. */
    public static EmailAddress of(String typed) {
        return new EmailAddress(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
