package io.openshop.service.feed;

import io.openshop.domain.feed.FeedFile;
import io.openshop.domain.feed.FeedGeneration;
import io.openshop.domain.feed.FeedProduct;
import io.openshop.domain.feed.FeedStore;
import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:30:15.123Z");

    /** A catalog of {@code count} products, the second one out of stock, the third with a brand and GTIN. */
    private static FeedStore catalog(int count, String... categories) {
        List<FeedProduct> products = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            products.add(new FeedProduct("SKU-" + i, "item-" + i, "Item " + i, "Described\twith a tab\nand a line " + i,
                    Money.of(i + ".50", "EUR"), Instant.parse("2026-11-0" + (1 + i % 9) + "T08:00:00Z"),
                    i % 2 == 1 ? "ab".repeat(32) : null, i != 2, i == 3 ? "Acme & Sons" : null, i == 3 ? "4006381333931" : null));
        }
        return new FeedStore() {
            public String catalogState() {
                return "1-0";
            }

            public Optional<FeedGeneration> lastGeneration() {
                return Optional.empty();
            }

            public Optional<FeedFile> file(String name) {
                return Optional.empty();
            }

            public void publishedProducts(Consumer<FeedProduct> each) {
                products.forEach(each);
            }

            public List<String> categorySlugs() {
                return List.of(categories);
            }

            public void replaceAll(List<FeedFile> files, FeedGeneration generation) {
                throw new UnsupportedOperationException();
            }

            public void lockForGeneration() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static String text(FeedFile file) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file.gzipped()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document xml(FeedFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text(file).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> locs(Document document) {
        NodeList locs = document.getElementsByTagNameNS(FeedGenerator.SITEMAP_NS, "loc");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            found.add(locs.item(i).getTextContent());
        }
        return found;
    }

    @Test
    void productSitemapsHoldAtMostTheLimitAndTheIndexListsEveryFile() throws Exception {
        FeedGenerator.Output out = new FeedGenerator("https://shop.example/", 2, "Example").generate(catalog(5, "shoes", "t-shirts & tops"), "1-0", NOW);
        Map<String, FeedFile> files = out.files().stream().collect(Collectors.toMap(FeedFile::name, f -> f));
        assertEquals(5, out.products());
        assertEquals(List.of("sitemap.xml", "sitemaps/pages.xml", "sitemaps/products-1.xml", "sitemaps/products-2.xml",
                "sitemaps/products-3.xml", "feeds/google-merchant.tsv", "feeds/google-merchant.xml"),
                out.files().stream().map(FeedFile::name).sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(List.of("https://shop.example/sitemaps/pages.xml", "https://shop.example/sitemaps/products-1.xml",
                "https://shop.example/sitemaps/products-2.xml", "https://shop.example/sitemaps/products-3.xml"), locs(xml(files.get("sitemap.xml"))));
        assertEquals("sitemapindex", xml(files.get("sitemap.xml")).getDocumentElement().getLocalName());
        assertTrue(text(files.get("sitemap.xml")).contains("<lastmod>2026-12-07T12:30:15Z</lastmod>"), "W3C time, whole seconds");
        assertEquals(List.of("https://shop.example/product.xhtml?slug=item-1", "https://shop.example/product.xhtml?slug=item-2"),
                locs(xml(files.get("sitemaps/products-1.xml"))));
        assertEquals(List.of("https://shop.example/product.xhtml?slug=item-5"), locs(xml(files.get("sitemaps/products-3.xml"))));
        assertEquals(List.of("https://shop.example/", "https://shop.example/category.xhtml?c=shoes",
                "https://shop.example/category.xhtml?c=t-shirts+%26+tops"), locs(xml(files.get("sitemaps/pages.xml"))), "escaped and encoded");
        assertTrue(text(files.get("sitemaps/products-1.xml")).contains("<lastmod>2026-11-02T08:00:00Z</lastmod>"));
        out.files().forEach(f -> assertEquals("1-0", f.state()));
    }

    private static int order(String name) {
        return List.of("sitemap.xml", "sitemaps/pages.xml", "sitemaps/products-1.xml", "sitemaps/products-2.xml",
                "sitemaps/products-3.xml", "feeds/google-merchant.tsv", "feeds/google-merchant.xml").indexOf(name);
    }

    @Test
    void theMerchantFeedHasOneRowPerProductWithItsAvailabilityAndIdentifiers() throws Exception {
        FeedGenerator.Output out = new FeedGenerator("https://shop.example", 50_000, "Example").generate(catalog(3), "1-0", NOW);
        FeedFile tsv = out.files().stream().filter(f -> f.name().equals(FeedGenerator.MERCHANT_TSV)).findFirst().orElseThrow();
        List<String> lines = text(tsv).lines().toList();
        assertEquals(4, lines.size(), "a header and one line per product, however many tabs or line breaks a description holds");
        assertEquals(String.join("\t", FeedGenerator.MERCHANT_COLUMNS), lines.get(0));
        assertEquals(List.of("SKU-1", "Item 1", "Described with a tab and a line 1", "https://shop.example/product.xhtml?slug=item-1",
                "https://shop.example/api/images/" + "ab".repeat(32), "1.50 EUR", "in_stock", "", "", "no", "new"),
                List.of(lines.get(1).split("\t", -1)));
        assertEquals("out_of_stock", lines.get(2).split("\t", -1)[6]);
        assertEquals(List.of("Acme & Sons", "4006381333931", "yes"), List.of(lines.get(3).split("\t", -1)).subList(7, 10));

        Document rss = xml(out.files().stream().filter(f -> f.name().equals(FeedGenerator.MERCHANT_XML)).findFirst().orElseThrow());
        NodeList items = rss.getElementsByTagName("item");
        assertEquals(3, items.getLength());
        Element third = (Element) items.item(2);
        assertEquals("Acme & Sons", third.getElementsByTagNameNS(FeedGenerator.GOOGLE_NS, "brand").item(0).getTextContent());
        assertEquals("3.50 EUR", third.getElementsByTagNameNS(FeedGenerator.GOOGLE_NS, "price").item(0).getTextContent());
        assertEquals(0, ((Element) items.item(1)).getElementsByTagNameNS(FeedGenerator.GOOGLE_NS, "image_link").getLength(),
                "no empty elements for what is unknown");
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
    }

    @Test
    void anEmptyCatalogStillHasAValidIndexAndFeeds() throws Exception {
        FeedGenerator.Output out = new FeedGenerator("https://shop.example", 10, "Example").generate(catalog(0), "1-0", NOW);
        assertEquals(0, out.products());
        assertFalse(out.files().stream().anyMatch(f -> f.name().startsWith("sitemaps/products-")), "no empty product sitemap");
        assertEquals(List.of("https://shop.example/sitemaps/pages.xml"), locs(xml(out.files().get(0))));
        assertThrows(IllegalArgumentException.class, () -> new FeedGenerator("https://shop.example", 50_001, "Example"),
                "the protocol's limit");
    }
}
