package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The URL-safe name of a product or category: lowercase words joined by single hyphens. */
public record Slug(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 120;

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("slug",
                    "must be lowercase letters and digits joined by single hyphens, at most " + MAX_LENGTH + " characters");
        }
    }

    /** Derives a slug from a display name: "Café Crème 2-Pack" becomes "cafe-creme-2-pack". */
    public static Slug fromName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new Slug(ascii);
    }

    @Override
    public String toString() {
        return value;
    }
}
