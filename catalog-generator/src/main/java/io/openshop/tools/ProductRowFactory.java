package io.openshop.tools;

import io.openshop.domain.catalog.OptionSpec;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.VariantPlan;
import io.openshop.tools.WordLists.CategorySpec;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Builds the generated products, without a database: a product is a pure function of the seed
 * and its serial number, so the same seed gives the same catalog however it is cut into batches,
 * and a later run (which continues after the highest serial already stored) gives new products.
 */
final class ProductRowFactory {

    /** One generated product, before it has a database id and category id. */
    record ProductRow(long serial, int categoryIndex, String slug, String sku, String name,
                      String description, long priceCents, Instant createdAt,
                      String typeSlug, Map<String, String> attributes, List<Option> options) {

        /** The price as the database's numeric(19,2) text, e.g. "12.99". */
        String price() {
            return String.format(Locale.ROOT, "%d.%02d", priceCents / 100, priceCents % 100);
        }

        /**
         * One variant per combination of option values, with the SKUs and signatures that
         * {@code Product.defineOptions} gives them (the domain's own rule, {@link VariantPlan});
         * a product without options has none here and gets its default variant from SQL.
         */
        List<VariantRow> variants() {
            if (options.isEmpty()) {
                return List.of();
            }
            List<OptionSpec> specs = options.stream().map(o -> new OptionSpec(o.code(), o.label(), o.values())).toList();
            return VariantPlan.of(new Sku(sku), specs).stream()
                    .map(plan -> new VariantRow(plan.sku().value(), plan.signature(), plan.options()))
                    .toList();
        }
    }

    /** A way a product varies (colour, size) and its values in order. */
    record Option(String code, String label, List<String> values) {
    }

    /** A variant of a product with options: its SKU, its signature as the domain writes it, and its option values. */
    record VariantRow(String sku, String signature, Map<String, String> options) {
    }

    /** The product types the generator classifies products by. */
    static final String APPAREL_TYPE = "generated-apparel";
    static final String FOOTWEAR_TYPE = "generated-footwear";
    /** Share of apparel and footwear products (out of 10) that vary by colour and size. */
    private static final int WITH_OPTIONS_IN_TEN = 7;

    static final String SKU_PREFIX = "GEN-";
    static final String SLUG_PREFIX = "gen-";
    static final String CURRENCY = "EUR";
    static final long MIN_PRICE_CENTS = 100;
    static final long MAX_PRICE_CENTS = 200_000;
    static final Duration CREATED_SPREAD = Duration.ofDays(730);

    private static final double MEDIAN_PRICE_LOG = Math.log(30);
    private static final double PRICE_LOG_SIGMA = 1.2;

    private final long seed;
    private final Instant now;
    private final int[] cumulativeWeights;
    private final Random random = new Random();

    /**
     * @param seed the run's seed: same seed and serial, same product
     * @param now  the end of the two years over which creation times are spread (truncated to seconds)
     */
    ProductRowFactory(long seed, Instant now) {
        this.seed = seed;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        List<CategorySpec> categories = WordLists.CATEGORIES;
        this.cumulativeWeights = new int[categories.size()];
        int sum = 0;
        for (int i = 0; i < categories.size(); i++) {
            sum += categories.get(i).weight();
            cumulativeWeights[i] = sum;
        }
    }

    /** The product with this serial number (1, 2, ...). Not thread-safe: one factory per thread. */
    ProductRow row(long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial must be positive: " + serial);
        }
        random.setSeed(mix(seed, serial));
        int categoryIndex = pickCategory();
        CategorySpec category = WordLists.CATEGORIES.get(categoryIndex);
        String adjective = pick(WordLists.ADJECTIVES);
        String material = pick(category.materials());
        String noun = pick(category.nouns());

        String name = adjective + " " + material + " " + noun + " " + serial;
        String slug = SLUG_PREFIX + slugify(name);
        String sku = sku(serial);
        String description = description(adjective, material, noun);
        long priceCents = priceCents();
        Instant createdAt = now.minusSeconds(random.nextLong(CREATED_SPREAD.toSeconds()));
        // Drawn after everything above, so that the other fields stay what earlier versions made.
        String type = null;
        Map<String, String> attributes = Map.of();
        List<Option> options = List.of();
        switch (WordLists.kindOf(category)) {
            case APPAREL -> {
                type = APPAREL_TYPE;
                attributes = attributes("material", material, "fit", pick(WordLists.FITS),
                        "organic", String.valueOf(material.startsWith("Organic")));
                options = random.nextInt(10) < WITH_OPTIONS_IN_TEN
                        ? List.of(colours(), new Option("size", "Size", WordLists.APPAREL_SIZES)) : List.of();
            }
            case FOOTWEAR -> {
                type = FOOTWEAR_TYPE;
                attributes = attributes("upper", material, "waterproof", String.valueOf(random.nextInt(3) == 0),
                        "sole-mm", String.valueOf(15 + random.nextInt(31)));
                options = random.nextInt(10) < WITH_OPTIONS_IN_TEN
                        ? List.of(colours(), new Option("size", "Size", WordLists.SHOE_SIZES)) : List.of();
            }
            default -> {
                // plain products: one default variant, no type
            }
        }
        return new ProductRow(serial, categoryIndex, slug, sku, name, description, priceCents, createdAt,
                type, attributes, options);
    }

    private Option colours() {
        List<String> shuffled = new ArrayList<>(WordLists.COLOURS);
        Collections.shuffle(shuffled, random);
        return new Option("colour", "Colour", List.copyOf(shuffled.subList(0, 2)));
    }

    private static Map<String, String> attributes(String... pairs) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** GEN- and the serial padded to 7 digits (wider once serials pass 9,999,999). */
    static String sku(long serial) {
        return new Sku(SKU_PREFIX + String.format(Locale.ROOT, "%07d", serial)).value();
    }

    /** The serial of a generated SKU, or -1 when the SKU is not one of ours. */
    static long serialOf(String sku) {
        if (sku == null || !sku.startsWith(SKU_PREFIX) || sku.length() == SKU_PREFIX.length()) {
            return -1;
        }
        String digits = sku.substring(SKU_PREFIX.length());
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 18) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    /** Lowercase ASCII words joined by single hyphens: "Chef's Knife 12" becomes "chef-s-knife-12". */
    static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }

    private String description(String adjective, String material, String noun) {
        String lowerNoun = noun.toLowerCase(Locale.ROOT);
        String first = switch (random.nextInt(3)) {
            case 0 -> "A " + adjective.toLowerCase(Locale.ROOT) + " " + lowerNoun + " in " + material.toLowerCase(Locale.ROOT)
                    + ", " + pick(WordLists.BENEFITS) + ".";
            case 1 -> material + " " + lowerNoun + " made for " + pick(WordLists.USES) + ", " + pick(WordLists.BENEFITS) + ".";
            default -> "Made from " + material.toLowerCase(Locale.ROOT) + " for " + pick(WordLists.USES) + ", this "
                    + lowerNoun + " is " + pick(WordLists.QUALITIES) + ".";
        };
        return random.nextBoolean() ? first + " " + pick(WordLists.EXTRAS) : first;
    }

    /**
     * Between 1.00 and 2000.00, skewed toward cheap: log-normal around a median of 30 (about two
     * thirds under 50, one in a hundred at 500 or more), then rounded to shop-like endings
     * (.49, .95, .99 or whole euros).
     */
    private long priceCents() {
        double raw = Math.exp(MEDIAN_PRICE_LOG + PRICE_LOG_SIGMA * random.nextGaussian());
        long euros = (long) Math.floor(Math.max(1.0, Math.min(raw, MAX_PRICE_CENTS / 100.0)));
        long cents;
        if (euros < 10) {
            cents = euros * 100 + new long[] {49, 95, 99}[random.nextInt(3)];
        } else if (euros < 100) {
            cents = euros * 100 + new long[] {0, 50, 95, 99}[random.nextInt(4)];
        } else {
            cents = euros * 100 + new long[] {0, 0, 99}[random.nextInt(3)];
        }
        return Math.max(MIN_PRICE_CENTS, Math.min(MAX_PRICE_CENTS, cents));
    }

    private int pickCategory() {
        int r = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (r < cumulativeWeights[i]) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** SplitMix64 finaliser over seed and serial: neighbouring serials get unrelated streams. */
    static long mix(long seed, long serial) {
        long z = seed * 0x9E3779B97F4A7C15L + serial;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Appends the row as one line of CSV in the column order of
     * {@link CatalogGenerator#COPY_SQL}: id, category_id, slug, sku, name, description,
     * price_amount, price_currency, created_at, version, product_type_id (empty for none).
     * Text fields are always quoted.
     */
    static void appendCsv(StringBuilder out, long id, long categoryId, ProductRow row, Long typeId) {
        out.append(id).append(',').append(categoryId).append(',');
        quoted(out, row.slug()).append(',');
        quoted(out, row.sku()).append(',');
        quoted(out, row.name()).append(',');
        quoted(out, row.description()).append(',');
        out.append(row.price()).append(',').append(CURRENCY).append(',');
        out.append(row.createdAt()).append(",0,");
        if (typeId != null) {
            out.append(typeId);
        }
        out.append('\n');
    }

    static StringBuilder quoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
