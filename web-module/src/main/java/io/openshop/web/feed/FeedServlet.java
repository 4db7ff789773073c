package io.openshop.web.feed;

import io.openshop.domain.feed.FeedFile;
import io.openshop.service.feed.FeedService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The files search engines and marketplaces fetch, public and without a session: robots.txt
 * (written here: what crawlers may read, and where the sitemap is), and the stored sitemap and
 * product feed files, sent gzip-compressed to clients that accept it (as stored) and plain to the
 * others, with an entity tag and Last-Modified so that a fetch of an unchanged file is a 304.
 */
@WebServlet(urlPatterns = {"/robots.txt", "/sitemap.xml", "/sitemaps/*", "/feeds/*"})
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Pages that are personal or only for staff, and the API: not for crawlers. */
    static final String ROBOTS = """
            User-agent: *
            Disallow: /admin/
            Disallow: /account/
            Disallow: /api/
            Disallow: /cart.xhtml
            Disallow: /checkout.xhtml
            Disallow: /order-confirmation.xhtml
            Disallow: /login.xhtml
            Disallow: /signup.xhtml
            Disallow: /forgot-password.xhtml
            Disallow: /reset-password.xhtml
            Disallow: /verify-email.xhtml
            """;

    @Inject
    FeedService feeds;

    @Inject
    @ConfigProperty(name = "shop.web.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if ("/robots.txt".equals(path)) {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.getOutputStream().write((ROBOTS + "\nSitemap: " + trimmed(baseUrl) + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<FeedFile> found = path.matches("/[a-z0-9][a-z0-9/.-]{0,198}") && !path.contains("..")
                ? feeds.file(path.substring(1)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FeedFile file = found.get();
        response.setHeader("ETag", file.etag());
        response.setDateHeader("Last-Modified", file.generatedAt().toEpochMilli());
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Accept-Encoding");
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(file.etag()) || match.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        boolean gzip = Collections.list(request.getHeaders("Accept-Encoding")).stream()
                .anyMatch(value -> value.toLowerCase(java.util.Locale.ROOT).matches(".*\\bgzip\\b(?!;\\s*q=0(\\.0*)?\\s*(,|$)).*"));
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(file.gzipped().length);
            response.getOutputStream().write(file.gzipped());
        } else {
            try (InputStream plain = new GZIPInputStream(new java.io.ByteArrayInputStream(file.gzipped()))) {
                OutputStream out = response.getOutputStream();
                plain.transferTo(out);
            }
        }
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
