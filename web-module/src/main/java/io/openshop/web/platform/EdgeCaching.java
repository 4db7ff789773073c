package io.openshop.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Who may keep a copy of an answer. The catalog's API reads asked anonymously (no token, no
 * session) are public: shared caches may keep them for {@code shop.edge.s-maxage} seconds
 * (default 60; the shop purges them by their surrogate keys when what they show changes),
 * browsers revalidate each time, with an {@code ETag} of the body that answers a matching
 * {@code If-None-Match} with 304, and a {@value #SURROGATE_KEY} header naming the catalog objects
 * the answer shows ({@link CacheTags}). Everything else is {@code private, no-store} unless its
 * resource says otherwise (pictures by content hash, feeds): signed-in or cart-holding visitors,
 * accounts, checkout, the back office, and answers that create a session; a HEAD of a catalog read
 * is {@code no-cache} (its empty body has no tag of the GET's). The storefront's
 * pages carry a fresh script nonce in each answer (PrimeFaces' CSP), so an anonymous catalog
 * page is {@code no-cache} (revalidated, never shared) until its pages need no nonce.
 */
@WebFilter(filterName = "edgeCaching", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class EdgeCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String SURROGATE_KEY = "Surrogate-Key";
    static final String PERSONAL = "private, no-store";
    /** The catalog's API reads an anonymous visitor's answer does not depend on (beyond the URL). */
    private static final Pattern PUBLIC_API = Pattern.compile("/api/(products(/[^/]+)?|products/[^/]+/reviews|search|categories(/.*)?)");
    /** The storefront's catalog pages. */
    private static final Pattern CATALOG_PAGES = Pattern.compile("/(index\\.xhtml)?|/(category|search|product)\\.xhtml");

    @Inject
    CacheTags tags;

    @Inject
    @ConfigProperty(name = "shop.edge.s-maxage", defaultValue = "60")
    int sharedMaxAge;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean anonymous = request.getHeader("Authorization") == null && !hasSessionCookie(request);
        if ("GET".equals(request.getMethod()) && anonymous && PUBLIC_API.matcher(path).matches()) {
            cacheable(request, response, chain);
            return;
        }
        boolean catalog = read && anonymous && (CATALOG_PAGES.matcher(path).matches() || PUBLIC_API.matcher(path).matches());
        response.setHeader("Cache-Control", catalog ? "no-cache" : PERSONAL);
        if (catalog && CATALOG_PAGES.matcher(path).matches()) {
            response.setHeader("Vary", "Cookie"); // the currency and consent cookies change the page
            chain.doFilter(new SessionWatch(request, response), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A catalog page that starts a session for its visitor (the product page's form) is personal from then on. */
    private static final class SessionWatch extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        SessionWatch(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            if (!response.isCommitted()) {
                response.setHeader("Cache-Control", PERSONAL);
            }
            return super.getSession(true);
        }
    }

    /**
     * Marks an answer personal before anything else runs (the authentication mechanism calls this
     * first on every request, so its own 401s and redirects are covered); this filter makes the
     * catalog's answers public or revalidated afterwards.
     */
    public static void personalUntilShownOtherwise(HttpServletResponse response) {
        response.setHeader("Cache-Control", PERSONAL);
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> "JSESSIONID".equalsIgnoreCase(c.getName()));
    }

    /** The answer is held back until complete, then sent public with its ETag and keys, or as 304, or private if it turned personal. */
    private void cacheable(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Held held = new Held(response);
        chain.doFilter(request, held);
        if (response.isCommitted()) {
            return; // answered by sendError or a redirect: nothing held
        }
        byte[] body = held.body();
        boolean personal = held.getStatus() != HttpServletResponse.SC_OK || response.containsHeader("Set-Cookie")
                || request.getSession(false) != null;
        if (personal) {
            response.setHeader("Cache-Control", PERSONAL);
            send(response, body);
            return;
        }
        String etag = etag(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=0, s-maxage=" + sharedMaxAge);
        response.setHeader("Vary", "Accept, Accept-Encoding");
        String keys = tags.header();
        if (!keys.isEmpty()) {
            response.setHeader(SURROGATE_KEY, keys);
        }
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(-1);
            return;
        }
        send(response, body);
    }

    private static void send(HttpServletResponse response, byte[] body) throws IOException {
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A strong validator of the body: a quoted base64url of its SHA-256's first 16 bytes. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header names this tag (or is *); weak tags compare by their value (RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** A response whose body is kept in memory until the filter sends it (so headers can still be set after the resource ran). */
    private static final class Held extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a held answer is written blocking");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the filter sets the length of what it sends
        }

        @Override
        public void setContentLengthLong(long len) {
            // likewise
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the filter sends it
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
