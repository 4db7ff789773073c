package io.openshop.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The words generated products are made of: one list of adjectives for all, and per
 * subcategory its materials and nouns, so that a "Cast Iron Dutch Oven" lands in cookware and
 * never in footwear. Subcategories carry a weight so that their sizes differ as in a real shop.
 */
final class WordLists {

    private WordLists() {
    }

    /** A subcategory of the generated tree: slug {@code generated-<word>}, its display name, relative size, words. */
    record CategorySpec(String word, String name, int weight, List<String> materials, List<String> nouns) {

        String slug() {
            return TOP_SLUG + "-" + word;
        }
    }

    static final String TOP_SLUG = "generated";
    static final String TOP_NAME = "Generated catalog";
    static final String TOP_DESCRIPTION = "Products made by the catalog generator for load and search tests.";

    static final List<String> ADJECTIVES = List.of(
            "Rugged", "Classic", "Lightweight", "Compact", "Essential", "Premium", "Everyday", "Vintage",
            "Modern", "Minimalist", "Heritage", "Urban", "Alpine", "Coastal", "Nordic", "Insulated",
            "Waterproof", "Foldable", "Ergonomic", "Handcrafted", "Slim", "Oversized", "Heavy-Duty",
            "Travel", "Soft", "Durable", "Weekend", "Studio", "Organic", "Recycled");

    /** The subcategories, in the order of {@code categories.tsv} beside this class (data, not code). */
    static final List<CategorySpec> CATEGORIES = readCategories();

    private static List<CategorySpec> readCategories() {
        InputStream in = WordLists.class.getResourceAsStream("categories.tsv");
        if (in == null) {
            throw new IllegalStateException("categories.tsv is missing beside " + WordLists.class.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("word\t"))
                    .map(line -> {
                        String[] f = line.split("\t", -1);
                        if (f.length != 5) {
                            throw new IllegalStateException("categories.tsv: 5 columns expected in: " + line);
                        }
                        return new CategorySpec(f[0], f[1], Integer.parseInt(f[2]), List.of(f[3].split("\\|")),
                                List.of(f[4].split("\\|")));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the products of a subcategory vary and what their type describes. */
    enum Kind {
        /** One default variant, no product type. */
        PLAIN,
        /** Colour × size (S, M, L) for most products; type generated-apparel (material, fit, organic). */
        APPAREL,
        /** Colour × shoe size (40, 42, 44) for most products; type generated-footwear (upper, waterproof, sole height). */
        FOOTWEAR
    }

    static Kind kindOf(CategorySpec spec) {
        return switch (spec.word()) {
            case "jackets", "shirts", "trousers", "knitwear" -> Kind.APPAREL;
            case "footwear" -> Kind.FOOTWEAR;
            default -> Kind.PLAIN;
        };
    }

    /** Colours whose first four letters differ, so that variant SKUs (…-NAVY-M) stay unique. */
    static final List<String> COLOURS = List.of("Black", "Navy", "Olive", "Sand", "Grey", "Rust", "White", "Forest");
    static final List<String> APPAREL_SIZES = List.of("S", "M", "L");
    static final List<String> SHOE_SIZES = List.of("40", "42", "44");
    static final List<String> FITS = List.of("Slim", "Regular", "Relaxed");

    /** The materials of the subcategories of a kind, in first-seen order: the allowed values of its ENUM attribute. */
    static List<String> materialsOf(Kind kind) {
        return CATEGORIES.stream().filter(c -> kindOf(c) == kind).flatMap(c -> c.materials().stream()).distinct().toList();
    }

    static final List<String> USES = List.of(
            "city commutes", "weekend trips", "everyday use", "the outdoors", "small flats", "long days on the trail",
            "the home office", "rainy days", "gift giving", "family kitchens", "travel", "first-time buyers");

    static final List<String> BENEFITS = List.of(
            "designed to last", "easy to care for", "light enough to carry all day", "built for daily wear and tear",
            "finished by hand", "made in small batches", "tested in real homes", "comfortable from the first day");

    static final List<String> QUALITIES = List.of(
            "comfortable and hard-wearing", "simple to clean", "built to last for years", "quietly good-looking",
            "surprisingly light", "sturdy without the bulk", "ready to use out of the box");

    static final List<String> EXTRAS = List.of(
            "Backed by a two-year warranty.", "Ships in recyclable packaging.", "Free returns within 30 days.",
            "Spare parts are available for five years.", "Available while stocks last.",
            "Every order is checked by hand before it ships.", "Pairs well with the rest of the range.",
            "Care instructions are printed on the label.");
}
