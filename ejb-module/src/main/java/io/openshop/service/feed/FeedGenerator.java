package io.openshop.service.feed;

import io.openshop.domain.feed.FeedFile;
import io.openshop.domain.feed.FeedProduct;
import io.openshop.domain.feed.FeedStore;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes every feed file in one pass over the published products: the sitemap index, a sitemap
 * of the pages (home and categories), product sitemaps of at most {@code urlsPerSitemap} URLs each
 * (the protocol allows 50,000 per file), and Google Merchant Center's product feed as TSV and as
 * RSS 2.0 XML. Every file is written gzip-compressed as it goes: what is held is the compressed
 * output, never the products.
 */
public final class FeedGenerator {

    public static final String INDEX = "sitemap.xml";
    public static final String PAGES = "sitemaps/pages.xml";
    public static final String MERCHANT_TSV = "feeds/google-merchant.tsv";
    public static final String MERCHANT_XML = "feeds/google-merchant.xml";
    public static final String XML = "application/xml; charset=UTF-8";
    public static final String TSV = "text/tab-separated-values; charset=UTF-8";
    /** The sitemap protocol's limit of URLs per file. */
    public static final int MAX_URLS_PER_SITEMAP = 50_000;
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String GOOGLE_NS = "http://base.google.com/ns/1.0";
    /** Merchant Center's attribute names, in the TSV's column order. */
    public static final List<String> MERCHANT_COLUMNS = List.of("id", "title", "description", "link", "image_link", "price",
            "availability", "brand", "gtin", "identifier_exists", "condition");
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final String baseUrl;
    private final int urlsPerSitemap;
    private final String shopName;

    /** {@code baseUrl}: the shop's public address without a trailing slash. */
    public FeedGenerator(String baseUrl, int urlsPerSitemap, String shopName) {
        if (urlsPerSitemap < 1 || urlsPerSitemap > MAX_URLS_PER_SITEMAP) {
            throw new IllegalArgumentException("a sitemap holds 1 to 50,000 URLs");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.urlsPerSitemap = urlsPerSitemap;
        this.shopName = shopName;
    }

    /** The files and how many products they list. */
    public record Output(List<FeedFile> files, long products) {
    }

    public Output generate(FeedStore store, String state, Instant now) {
        List<FeedFile> files = new ArrayList<>();
        String lastmod = DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));

        XmlFile pages = XmlFile.sitemap();
        pages.url(baseUrl + "/", null);
        for (String category : store.categorySlugs()) {
            pages.url(baseUrl + "/category.xhtml?c=" + encode(category), null);
        }
        files.add(pages.finish(PAGES, state, now));

        XmlFile merchantXml = XmlFile.merchant(shopName, baseUrl);
        GzipText merchantTsv = new GzipText();
        merchantTsv.row(MERCHANT_COLUMNS);
        List<String> productSitemaps = new ArrayList<>();
        XmlFile[] sitemap = {null};
        int[] inSitemap = {0};
        long[] products = {0};
        store.publishedProducts(product -> {
            if (sitemap[0] == null) {
                sitemap[0] = XmlFile.sitemap();
                inSitemap[0] = 0;
            }
            String link = productLink(product);
            sitemap[0].url(link, product.updatedAt() == null ? null
                    : DateTimeFormatter.ISO_INSTANT.format(product.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
            if (++inSitemap[0] == urlsPerSitemap) {
                String name = "sitemaps/products-" + (productSitemaps.size() + 1) + ".xml";
                files.add(sitemap[0].finish(name, state, now));
                productSitemaps.add(name);
                sitemap[0] = null;
            }
            List<String> values = merchantValues(product, link);
            merchantTsv.row(values);
            merchantXml.item(values);
            products[0]++;
        });
        if (sitemap[0] != null) {
            String name = "sitemaps/products-" + (productSitemaps.size() + 1) + ".xml";
            files.add(sitemap[0].finish(name, state, now));
            productSitemaps.add(name);
        }
        files.add(merchantTsv.finish(MERCHANT_TSV, state, now));
        files.add(merchantXml.finish(MERCHANT_XML, state, now));

        XmlFile index = XmlFile.index();
        index.sitemap(baseUrl + "/" + PAGES, lastmod);
        for (String name : productSitemaps) {
            index.sitemap(baseUrl + "/" + name, lastmod);
        }
        files.add(0, index.finish(INDEX, state, now));
        return new Output(files, products[0]);
    }

    private String productLink(FeedProduct product) {
        return baseUrl + "/product.xhtml?slug=" + encode(product.slug());
    }

    /** One product's Merchant Center attributes, in {@link #MERCHANT_COLUMNS}' order ("" where unknown). */
    List<String> merchantValues(FeedProduct p, String link) {
        boolean identified = p.gtin() != null && !p.gtin().isBlank();
        return List.of(p.sku(), limit(p.name(), 150), limit(p.description(), 5000), link,
                p.imageHash() == null ? "" : baseUrl + "/api/images/" + p.imageHash().strip(),
                p.price().amount().toPlainString() + " " + p.price().currency().getCurrencyCode(),
                p.inStock() ? "in_stock" : "out_of_stock", p.brand() == null ? "" : p.brand(), identified ? p.gtin() : "",
                identified ? "yes" : "no", "new");
    }

    private static String limit(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] closed(GZIPOutputStream gzip, ByteArrayOutputStream bytes) throws IOException {
        gzip.finish();
        gzip.close();
        return bytes.toByteArray();
    }

    /** A TSV file: tabs and line breaks inside a value become spaces, as Merchant Center's TSV has no quoting. */
    private static final class GzipText {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final GZIPOutputStream gzip;
        private final Writer out;

        GzipText() {
            try {
                gzip = new GZIPOutputStream(bytes, 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
        }

        void row(List<String> values) {
            try {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    out.write(values.get(i).replaceAll("[\\t\\r\\n]+", " "));
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        FeedFile finish(String name, String state, Instant now) {
            try {
                out.flush();
                return new FeedFile(name, TSV, closed(gzip, bytes), state, now);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An XML file written with StAX (which escapes every value) into gzip. */
    private static final class XmlFile {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final GZIPOutputStream gzip;
        private final XMLStreamWriter xml;
        private final int depth;

        private XmlFile(String root, String namespace, String prefix, int depth) {
            try {
                gzip = new GZIPOutputStream(bytes, 1 << 16);
                xml = XML_OUTPUT.createXMLStreamWriter(gzip, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                if (prefix == null) {
                    xml.setDefaultNamespace(namespace);
                    xml.writeStartElement(namespace, root);
                    xml.writeDefaultNamespace(namespace);
                } else {
                    xml.setPrefix(prefix, namespace);
                    xml.writeStartElement(root);
                    xml.writeAttribute("version", "2.0");
                    xml.writeNamespace(prefix, namespace);
                }
            } catch (IOException | XMLStreamException e) {
                throw new IllegalStateException("could not start a feed file", e);
            }
            this.depth = depth;
        }

        static XmlFile sitemap() {
            return new XmlFile("urlset", SITEMAP_NS, null, 1);
        }

        static XmlFile index() {
            return new XmlFile("sitemapindex", SITEMAP_NS, null, 1);
        }

        static XmlFile merchant(String shopName, String baseUrl) {
            XmlFile file = new XmlFile("rss", GOOGLE_NS, "g", 2);
            file.run(() -> {
                file.xml.writeStartElement("channel");
                file.text("title", null, shopName);
                file.text("link", null, baseUrl + "/");
                file.text("description", null, "The products of " + shopName);
            });
            return file;
        }

        void url(String loc, String lastmod) {
            run(() -> {
                xml.writeStartElement(SITEMAP_NS, "url");
                text("loc", SITEMAP_NS, loc);
                if (lastmod != null) {
                    text("lastmod", SITEMAP_NS, lastmod);
                }
                xml.writeEndElement();
            });
        }

        void sitemap(String loc, String lastmod) {
            run(() -> {
                xml.writeStartElement(SITEMAP_NS, "sitemap");
                text("loc", SITEMAP_NS, loc);
                text("lastmod", SITEMAP_NS, lastmod);
                xml.writeEndElement();
            });
        }

        void item(List<String> values) {
            run(() -> {
                xml.writeStartElement("item");
                for (int i = 0; i < values.size(); i++) {
                    if (!values.get(i).isEmpty()) {
                        text(MERCHANT_COLUMNS.get(i), GOOGLE_NS, values.get(i));
                    }
                }
                xml.writeEndElement();
            });
        }

        private void text(String element, String namespace, String value) throws XMLStreamException {
            if (namespace == null) {
                xml.writeStartElement(element);
            } else {
                xml.writeStartElement(namespace, element);
            }
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        FeedFile finish(String name, String state, Instant now) {
            try {
                for (int i = 0; i < depth; i++) {
                    xml.writeEndElement();
                }
                xml.writeEndDocument();
                xml.flush();
                xml.close();
                return new FeedFile(name, XML, closed(gzip, bytes), state, now);
            } catch (IOException | XMLStreamException e) {
                throw new IllegalStateException("could not finish the feed file " + name, e);
            }
        }

        private interface XmlWork {
            void run() throws XMLStreamException;
        }

        private void run(XmlWork work) {
            try {
                work.run();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("could not write a feed file", e);
            }
        }
    }
}
