package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a catalog manager says of an option: its code ("size"), its label ("Size") and its
 * values in display order ("S", "M", "L").
 */
public record OptionSpec(String code, String label, List<String> values) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    public static final int MAX_VALUES = 30;

    public OptionSpec {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("options", "an option code is lowercase letters, digits and hyphens, like 'size'");
        }
        label = TextRules.name("options", label, 60);
        if (values == null || values.isEmpty() || values.size() > MAX_VALUES) {
            throw new InvalidInputException("options", "option '" + code + "' needs 1 to " + MAX_VALUES + " values");
        }
        values = values.stream().map(v -> TextRules.name("options", v, 40)).toList();
        if (new HashSet<>(values).size() != values.size()) {
            throw new InvalidInputException("options", "option '" + code + "' lists a value twice");
        }
    }

    public OptionSpec withCode(String newCode) {
        return new OptionSpec(newCode, label, values);
    }
}
