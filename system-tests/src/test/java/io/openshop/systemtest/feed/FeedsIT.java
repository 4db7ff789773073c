package io.openshop.systemtest.feed;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What crawlers and marketplaces fetch, against the deployed shop: robots.txt keeps them out of
 * personal pages and names the sitemap; the sitemap index and every sitemap it lists are valid
 * against the protocol's rules and together list the home page, every category and exactly the
 * published products; Google Merchant Center's feed (TSV and XML) has one item per published
 * product with its price and availability; both are served from what was stored (no regeneration
 * per request: the same entity tag until the catalog changes and an administrator or the timer
 * regenerates), gzip-compressed to clients that accept it and 304 for an unchanged one.
 */
@ExtendWith(SharedDeployment.class)
class FeedsIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestSettings.baseUri().resolve(path.substring(1))).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(String path) throws Exception {
        HttpResponse<byte[]> answer = fetch(path);
        assertEquals(200, answer.statusCode(), path);
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), "no session for a crawler: " + path);
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void validate(String xml, String schema) throws Exception {
        Schema rules = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FeedsIT.class.getResource("/feeds/" + schema));
        rules.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static List<String> texts(Document document, String namespace, String element) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent());
        }
        return found;
    }

    private static JsonObject regenerate() throws Exception {
        HttpResponse<String> made = StaffSupport.as(StaffSupport.adminToken(), "POST", "/api/admin/feeds", null);
        assertEquals(200, made.statusCode(), made.body());
        return HttpSupport.json(made);
    }

    /** The path of one of the shop's absolute links, whatever public address the shop was given. */
    private static String path(String link, String base) {
        assertTrue(link.startsWith(base), link + " is on the shop's public address " + base);
        return link.substring(base.length());
    }

    @Test
    void theSitemapListsExactlyThePublishedProductsAndIsValid() throws Exception {
        String inStock = CommerceSupport.newSkuWithStock("12.50", 3);
        String soldOut = CommerceSupport.newSkuWithStock("7.25", 0);
        String hidden = CommerceSupport.newSkuWithStock("9.00", 1);
        CommerceSupport.execute("update product set status = 'UNPUBLISHED' where sku = ?", hidden);
        JsonObject generation = regenerate();
        long published = DatabaseSupport.count("select count(*) from product where status = 'PUBLISHED'");
        assertEquals(published, generation.getJsonNumber("products").longValue(), generation.toString());

        String robots = text("/robots.txt");
        for (String personal : List.of("/admin/", "/account/", "/api/", "/cart.xhtml", "/checkout.xhtml")) {
            assertTrue(robots.contains("Disallow: " + personal + "\n"), robots);
        }
        String sitemapLine = robots.lines().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow();
        assertTrue(sitemapLine.endsWith("/sitemap.xml"), sitemapLine);
        String base = sitemapLine.substring("Sitemap: ".length(), sitemapLine.length() - "/sitemap.xml".length());

        String index = text("/sitemap.xml");
        validate(index, "siteindex.xsd");
        List<String> sitemaps = texts(parse(index), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertEquals(generation.getInt("files") - 3, sitemaps.size(), "the index lists every sitemap: " + sitemaps);
        List<String> urls = new ArrayList<>();
        for (String sitemap : sitemaps) {
            String xml = text(path(sitemap, base));
            validate(xml, "sitemap.xsd"); // at most 50,000 URLs each, absolute, W3C times
            urls.addAll(texts(parse(xml), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc"));
        }
        long categories = DatabaseSupport.count("select count(*) from category");
        assertEquals(1 + categories + published, urls.size(), "the home page, every category and every published product, once");
        assertEquals(urls.size(), urls.stream().distinct().count(), "no URL twice");
        String slug = CommerceSupport.text("select slug from product where sku = ?", inStock);
        assertTrue(urls.contains(base + "/product.xhtml?slug=" + slug), "a published product is listed");
        String hiddenSlug = CommerceSupport.text("select slug from product where sku = ?", hidden);
        assertFalse(urls.contains(base + "/product.xhtml?slug=" + hiddenSlug), "an unpublished product is not");
        assertEquals(200, fetch(path(base + "/product.xhtml?slug=" + slug, base)).statusCode(), "a listed page opens");

        // Merchant Center: TSV and XML, one item per published product
        String tsv = text("/feeds/google-merchant.tsv");
        List<String> lines = tsv.lines().toList();
        assertEquals("id\ttitle\tdescription\tlink\timage_link\tprice\tavailability\tbrand\tgtin\tidentifier_exists\tcondition",
                lines.get(0));
        assertEquals(published, lines.size() - 1);
        Map<String, String[]> rows = new HashMap<>();
        lines.stream().skip(1).map(l -> l.split("\t", -1)).forEach(r -> rows.put(r[0], r));
        assertEquals(published, rows.size(), "one row per product SKU");
        assertEquals("12.50 EUR", rows.get(inStock)[5]);
        assertEquals("in_stock", rows.get(inStock)[6]);
        assertEquals("out_of_stock", rows.get(soldOut)[6]);
        assertEquals(base + "/product.xhtml?slug=" + slug, rows.get(inStock)[3]);
        assertFalse(rows.containsKey(hidden));
        assertTrue(Arrays.stream(rows.get(inStock)).allMatch(v -> !v.contains("\t")));

        Document rss = parse(text("/feeds/google-merchant.xml"));
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        NodeList items = rss.getElementsByTagName("item");
        assertEquals(published, items.getLength());
        String google = "http://base.google.com/ns/1.0";
        boolean found = false;
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getElementsByTagNameNS(google, "id").item(0).getTextContent().equals(soldOut)) {
                assertEquals("7.25 EUR", item.getElementsByTagNameNS(google, "price").item(0).getTextContent());
                assertEquals("out_of_stock", item.getElementsByTagNameNS(google, "availability").item(0).getTextContent());
                found = true;
            }
        }
        assertTrue(found, "the sold-out product is in the XML feed too");
    }

    @Test
    void feedsAreServedAsStoredGzippedAndConditionallyAndFollowTheCatalogOnlyWhenRegenerated() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("20.00", 2);
        regenerate();
        HttpResponse<byte[]> plain = fetch("/feeds/google-merchant.tsv");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertTrue(plain.headers().firstValue("Last-Modified").isPresent());
        assertTrue(plain.headers().firstValue("X-Content-Type-Options").isPresent(), "the security headers too");

        HttpResponse<byte[]> zipped = fetch("/feeds/google-merchant.tsv", "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length * 2 < plain.body().length, "compressed: " + zipped.body().length + " of " + plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes(), "the same feed");
        }
        assertEquals(304, fetch("/feeds/google-merchant.tsv", "If-None-Match", etag).statusCode());
        assertEquals(304, fetch("/sitemap.xml", "If-None-Match", fetch("/sitemap.xml").headers().firstValue("ETag").orElseThrow()).statusCode());

        // a price change: the stored feed stays as it was (no request regenerates it) until the next generation
        CommerceSupport.execute("update product set price_amount = 21.00 where sku = ?", sku);
        assertEquals(etag, fetch("/feeds/google-merchant.tsv").headers().firstValue("ETag").orElseThrow(), "served as stored");
        regenerate();
        HttpResponse<byte[]> changed = fetch("/feeds/google-merchant.tsv");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow(), "a new catalog state, a new tag");
        assertTrue(new String(changed.body(), StandardCharsets.UTF_8).contains(sku + "\t"), "the product is there");
        String row = new String(changed.body(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(sku + "\t")).findFirst().orElseThrow();
        assertEquals("21.00 EUR", row.split("\t", -1)[5]);
        assertEquals(200, fetch("/feeds/google-merchant.tsv", "If-None-Match", etag).statusCode(), "the old tag no longer matches");
    }

    @Test
    void onlyAdministratorsRegenerateAndUnknownFilesAreNotFound() throws Exception {
        String manager = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);
        assertEquals(403, StaffSupport.as(manager, "POST", "/api/admin/feeds", null).statusCode());
        HttpResponse<String> last = StaffSupport.as(manager, "GET", "/api/admin/feeds", null);
        assertEquals(200, last.statusCode(), last.body());
        assertTrue(HttpSupport.json(last).getJsonNumber("products").longValue() > 0);
        assertEquals(401, HttpSupport.send("POST", "/api/admin/feeds", null).statusCode());
        for (String missing : List.of("/feeds/none.tsv", "/sitemaps/products-999.xml", "/sitemaps/x%2F..%2F..%2Fweb.xml")) {
            assertEquals(404, fetch(missing).statusCode(), missing);
        }
    }
}
