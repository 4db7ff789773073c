package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The variants a product's options make, as {@link Product#defineOptions} makes them for a new
 * product: one per combination of values, the first option varying slowest, each with its SKU
 * (the product's and a short code per value) and its signature. Pure, so that the catalog
 * generator, which writes products with COPY instead of through the entity, follows the same rules.
 *
 * @param sku       the variant's SKU
 * @param signature the combination as {@link Variant} stores it ("colour=navy;size=m")
 * @param options   option code to value
 */
public record VariantPlan(Sku sku, String signature, Map<String, String> options) {

    public VariantPlan {
        options = Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /**
     * The variants of a product with this SKU and these options, checked against the limits
     * ({@value Product#MAX_OPTIONS} options, each code once, {@value Product#MAX_VARIANTS}
     * variants). No options give the single default variant, which carries the product's own SKU.
     */
    public static List<VariantPlan> of(Sku productSku, List<OptionSpec> specs) {
        if (specs.size() > Product.MAX_OPTIONS) {
            throw new InvalidInputException("options", "a product has at most " + Product.MAX_OPTIONS + " options");
        }
        if (specs.stream().map(OptionSpec::code).distinct().count() != specs.size()) {
            throw new InvalidInputException("options", "each option code may appear once");
        }
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(Map.of());
        for (OptionSpec spec : specs) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : combinations) {
                for (String value : spec.values()) {
                    Map<String, String> combination = new TreeMap<>(partial);
                    combination.put(spec.code(), value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        if (combinations.size() > Product.MAX_VARIANTS) {
            throw new InvalidInputException("options", "the options make " + combinations.size()
                    + " variants; at most " + Product.MAX_VARIANTS + " are allowed");
        }
        Map<String, Map<String, String>> valueCodes = valueCodes(specs);
        List<VariantPlan> plans = new ArrayList<>();
        for (Map<String, String> combination : combinations) {
            plans.add(new VariantPlan(variantSku(productSku.value(), combination, specs, valueCodes, plans.size()),
                    signatureOf(combination), combination));
        }
        return List.copyOf(plans);
    }

    /** A combination of option values as a variant stores it: codes in order, values in lower case. */
    public static String signatureOf(Map<String, String> options) {
        return new TreeMap<>(options).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(";"));
    }

    /** Short SKU codes for option values: up to four letters or digits, made unique within each option. */
    private static Map<String, Map<String, String>> valueCodes(List<OptionSpec> specs) {
        Map<String, Map<String, String>> codes = new HashMap<>();
        for (OptionSpec spec : specs) {
            Map<String, String> byValue = new HashMap<>();
            Set<String> used = new HashSet<>();
            for (int i = 0; i < spec.values().size(); i++) {
                String value = spec.values().get(i);
                String code = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
                code = code.isEmpty() ? "V" : code.substring(0, Math.min(4, code.length()));
                if (!used.add(code)) {
                    code = code.substring(0, Math.min(3, code.length())) + (i + 1);
                    used.add(code);
                }
                byValue.put(value, code);
            }
            codes.put(spec.code(), byValue);
        }
        return codes;
    }

    /** The product's SKU and the values' codes; when that is too long, the product's SKU cut short and the position. */
    private static Sku variantSku(String sku, Map<String, String> combination, List<OptionSpec> specs,
                                  Map<String, Map<String, String>> valueCodes, int position) {
        StringBuilder suffix = new StringBuilder();
        for (OptionSpec spec : specs) {
            suffix.append('-').append(valueCodes.get(spec.code()).get(combination.get(spec.code())));
        }
        String candidate = sku + suffix;
        if (candidate.length() <= 32) {
            return new Sku(candidate);
        }
        String fallback = "-V" + (position + 1);
        return new Sku(sku.substring(0, Math.min(sku.length(), 32 - fallback.length())).replaceAll("-+$", "") + fallback);
    }
}
