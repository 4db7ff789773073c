package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A stock-keeping unit: 4 to 32 uppercase letters, digits and hyphens, unique across the catalog. */
public record Sku(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,30}[A-Z0-9]");

    public Sku {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("sku",
                    "must be 4 to 32 uppercase letters, digits and inner hyphens");
        }
    }

    /** Accepts what a person types: surrounding blanks and lowercase are forgiven. */
    public static Sku parse(String text) {
        return new Sku(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
