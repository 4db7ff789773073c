package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One attribute a product type defines: its code, label, kind, allowed values (for ENUM), and whether it is required and a facet. */
@Embeddable
public class AttributeDefinition {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    public static final int MAX_VALUE_LENGTH = 200;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 60)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttributeKind kind;

    /** ENUM only: the allowed values joined by '|'. */
    @Column(name = "allowed_values")
    private String allowedValues;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean facet;

    protected AttributeDefinition() {
        // for JPA
    }

    public AttributeDefinition(String code, String label, AttributeKind kind, List<String> allowed, boolean required, boolean facet) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("attributes", "an attribute code is lowercase letters, digits and hyphens");
        }
        this.code = code;
        this.label = TextRules.name("attributes", label, 60);
        this.kind = kind;
        if (kind == AttributeKind.ENUM) {
            if (allowed == null || allowed.isEmpty() || allowed.stream().anyMatch(v -> v.isBlank() || v.contains("|"))) {
                throw new InvalidInputException("attributes", "attribute '" + code + "' needs its allowed values (without '|')");
            }
            this.allowedValues = String.join("|", allowed);
        } else if (allowed != null && !allowed.isEmpty()) {
            throw new InvalidInputException("attributes", "only an ENUM attribute has allowed values");
        }
        this.required = required;
        this.facet = facet;
    }

    /**
     * The value in its stored form, or an error naming the attribute: an ENUM takes one of its
     * values (matched regardless of case), a NUMBER a decimal, a BOOLEAN true or false.
     */
    public String normalise(String raw) {
        String value = raw == null ? "" : raw.strip();
        String field = "attributes." + code;
        if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidInputException(field, "needs a value of 1 to " + MAX_VALUE_LENGTH + " characters");
        }
        TextRules.refuseControlCharacters(field, value, false);
        return switch (kind) {
            case TEXT -> value;
            case NUMBER -> {
                try {
                    yield new BigDecimal(value).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(field, "takes a number");
                }
            }
            case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "true";
                case "false", "no" -> "false";
                default -> throw new InvalidInputException(field, "takes yes or no");
            };
            case ENUM -> getAllowedValues().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(field, "must be one of " + String.join(", ", getAllowedValues())));
        };
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public AttributeKind getKind() {
        return kind;
    }

    public List<String> getAllowedValues() {
        return allowedValues == null ? List.of() : Arrays.asList(allowedValues.split("\\|"));
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isFacet() {
        return facet;
    }
}
