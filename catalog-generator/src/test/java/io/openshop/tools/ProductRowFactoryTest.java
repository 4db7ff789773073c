package io.openshop.tools;

import io.openshop.tools.ProductRowFactory.ProductRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductRowFactoryTest {

    /** The check constraints of V001__catalog_baseline.sql. */
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern SKU = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,30}[A-Z0-9]$");
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    private static final int ROWS = 10_000;

    private static List<ProductRow> rows(long seed, long firstSerial, int count) {
        ProductRowFactory factory = new ProductRowFactory(seed, NOW);
        List<ProductRow> rows = new ArrayList<>(count);
        for (long s = firstSerial; s < firstSerial + count; s++) {
            rows.add(factory.row(s));
        }
        return rows;
    }

    @Test
    void everyRowSatisfiesTheDatabaseConstraints() {
        Instant twoYearsAgo = NOW.minus(ProductRowFactory.CREATED_SPREAD);
        for (ProductRow r : rows(42, 1, ROWS)) {
            assertTrue(SLUG.matcher(r.slug()).matches(), r.slug());
            assertTrue(r.slug().length() <= 120, r.slug());
            assertTrue(r.slug().startsWith("gen-"), r.slug());
            assertTrue(SKU.matcher(r.sku()).matches(), r.sku());
            assertTrue(r.sku().length() <= 32, r.sku());
            assertFalse(r.name().isBlank());
            assertTrue(r.name().length() <= 200, r.name());
            assertFalse(r.description().isBlank());
            assertTrue(r.priceCents() >= 100 && r.priceCents() <= 200_000, r.price());
            assertTrue(r.price().matches("\\d+\\.\\d{2}"), r.price());
            assertTrue(!r.createdAt().isAfter(NOW) && r.createdAt().isAfter(twoYearsAgo), r.createdAt().toString());
            assertTrue(r.categoryIndex() >= 0 && r.categoryIndex() < WordLists.CATEGORIES.size());
        }
    }

    @Test
    void slugsAndSkusAreUniqueAcross10000Rows() {
        Set<String> slugs = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (ProductRow r : rows(42, 1, ROWS)) {
            assertTrue(slugs.add(r.slug()), "duplicate slug " + r.slug());
            assertTrue(skus.add(r.sku()), "duplicate sku " + r.sku());
        }
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        assertEquals(rows(42, 1, 1000), rows(42, 1, 1000));
        List<ProductRow> other = rows(7, 1, 1000);
        assertNotEquals(rows(42, 1, 1000).stream().map(ProductRow::name).toList(), other.stream().map(ProductRow::name).toList());
        // A row depends on the seed and its serial only, not on what was generated before it.
        assertEquals(rows(42, 1, 1000).get(500), rows(42, 501, 1).get(0));
    }

    @Test
    void namesAreAdjectiveMaterialNounAndSerial() {
        ProductRow r = new ProductRowFactory(42, NOW).row(10482);
        assertTrue(r.name().endsWith(" 10482"), r.name());
        assertEquals("gen-" + ProductRowFactory.slugify(r.name()), r.slug());
        assertEquals("GEN-0010482", r.sku());
        assertTrue(WordLists.ADJECTIVES.stream().anyMatch(a -> r.name().startsWith(a + " ")), r.name());
        assertTrue(WordLists.CATEGORIES.get(r.categoryIndex()).nouns().stream()
                .anyMatch(n -> r.name().contains(" " + n + " ")), r.name());
    }

    @Test
    void pricesAreSpreadAndSkewedTowardCheap() {
        List<ProductRow> rows = rows(42, 1, ROWS);
        long under50 = rows.stream().filter(r -> r.priceCents() < 5_000).count();
        long over500 = rows.stream().filter(r -> r.priceCents() >= 50_000).count();
        assertTrue(under50 > ROWS / 2, "under 50: " + under50);
        assertTrue(over500 > 0 && over500 < ROWS / 10, "500 and more: " + over500);
    }

    @Test
    void skuSerialRoundTripsAndSlugifyCleansPunctuation() {
        assertEquals(10482, ProductRowFactory.serialOf(ProductRowFactory.sku(10482)));
        assertEquals(123_456_789, ProductRowFactory.serialOf(ProductRowFactory.sku(123_456_789)));
        assertEquals(-1, ProductRowFactory.serialOf("APP-TSH-001"));
        assertEquals("chef-s-knife-12", ProductRowFactory.slugify("Chef's Knife 12"));
        assertEquals("heavy-duty-gore-tex-t-shirt-7", ProductRowFactory.slugify("Heavy-Duty Gore-Tex T-Shirt 7"));
    }

    @Test
    void csvQuotesTextAndKeepsTheColumnOrder() {
        ProductRow r = new ProductRow(3, 0, "gen-a-3", "GEN-0000003", "Say \"hi\" 3", "One, two.", 1299,
                Instant.parse("2025-05-06T07:08:09Z"), null, Map.of(), List.of());
        StringBuilder sb = new StringBuilder();
        ProductRowFactory.appendCsv(sb, 101, 7, r, null);
        assertEquals("101,7,\"gen-a-3\",\"GEN-0000003\",\"Say \"\"hi\"\" 3\",\"One, two.\",12.99,EUR,2025-05-06T07:08:09Z,0,\n",
                sb.toString());
        sb.setLength(0);
        ProductRowFactory.appendCsv(sb, 101, 7, r, 250L);
        assertTrue(sb.toString().endsWith(",0,250\n"), sb.toString());
    }

    /**
     * Apparel and footwear carry their type's attributes, the material the one in the name, and
     * most vary by colour and size: 2 × 3 = 6 variants whose SKUs and signatures are those the
     * domain would make. Other products have no type, no options and no variants of their own.
     */
    @Test
    void apparelAndFootwearHaveTypedAttributesAndSixVariants() {
        int withOptions = 0;
        int apparel = 0;
        int plain = 0;
        for (ProductRow r : rows(42, 1, 5000)) {
            WordLists.Kind kind = WordLists.kindOf(WordLists.CATEGORIES.get(r.categoryIndex()));
            if (kind == WordLists.Kind.PLAIN) {
                plain++;
                assertEquals(null, r.typeSlug());
                assertTrue(r.attributes().isEmpty() && r.options().isEmpty() && r.variants().isEmpty(), r.name());
                continue;
            }
            apparel++;
            String materialCode = kind == WordLists.Kind.APPAREL ? "material" : "upper";
            assertTrue(r.name().contains(" " + r.attributes().get(materialCode) + " "), r.name() + " " + r.attributes());
            assertTrue(WordLists.materialsOf(kind).contains(r.attributes().get(materialCode)));
            if (kind == WordLists.Kind.FOOTWEAR) {
                int sole = Integer.parseInt(r.attributes().get("sole-mm"));
                assertTrue(sole >= 15 && sole <= 45, "sole " + sole);
                assertTrue(Set.of("true", "false").contains(r.attributes().get("waterproof")));
            } else {
                assertTrue(WordLists.FITS.contains(r.attributes().get("fit")));
                assertEquals(String.valueOf(r.attributes().get("material").startsWith("Organic")), r.attributes().get("organic"));
            }
            if (r.options().isEmpty()) {
                assertTrue(r.variants().isEmpty());
                continue;
            }
            withOptions++;
            List<ProductRowFactory.VariantRow> variants = r.variants();
            assertEquals(6, variants.size(), r.name());
            assertEquals(6, variants.stream().map(ProductRowFactory.VariantRow::sku).distinct().count(), "distinct SKUs");
            assertEquals(6, variants.stream().map(ProductRowFactory.VariantRow::signature).distinct().count());
            String first = r.options().get(0).values().get(0);
            String size = r.options().get(1).values().get(0);
            // a colour's code is its first four letters (the generator's colours differ in them), a size's the size
            assertEquals(r.sku() + "-" + first.toUpperCase(Locale.ROOT).substring(0, Math.min(4, first.length())) + "-" + size,
                    variants.get(0).sku());
            assertEquals("colour=" + first.toLowerCase(Locale.ROOT) + ";size=" + size.toLowerCase(Locale.ROOT),
                    variants.get(0).signature());
            variants.forEach(v -> assertTrue(SKU.matcher(v.sku()).matches() && v.sku().length() <= 40, v.sku()));
        }
        assertTrue(plain > 0 && apparel > 0, "both kinds occur");
        assertTrue(withOptions > apparel / 2 && withOptions < apparel, withOptions + " of " + apparel + " vary");
    }

    /** The generator takes the domain's rule, so values whose first letters collide get the codes the shop gives them. */
    @Test
    void variantSkusFollowTheDomainWhereCodesCollide() {
        ProductRow row = new ProductRow(1, 0, "gen-berry-tee-1", ProductRowFactory.sku(1), "Berry tee 1", "", 1000, Instant.EPOCH,
                ProductRowFactory.APPAREL_TYPE, Map.of(), List.of(new ProductRowFactory.Option("colour", "Colour",
                List.of("Blackberry", "Blackcurrant")), new ProductRowFactory.Option("size", "Size", List.of("S"))));
        assertEquals(List.of("GEN-0000001-BLAC-S", "GEN-0000001-BLA2-S"), row.variants().stream().map(ProductRowFactory.VariantRow::sku).toList());
    }
}
