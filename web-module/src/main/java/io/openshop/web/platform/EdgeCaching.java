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
 * Who may keep a copy of an answer. The catalog's API reads ({@link PublicRead} resource methods)
 * asked anonymously (no token, no session) are public: shared caches may keep them for
 * {@code shop.edge.s-maxage} seconds (default 60; the shop purges them by their surrogate keys
 * when what they show changes), browsers revalidate each time, with an {@code ETag} of the body
 * that answers a matching {@code If-None-Match} with 304, and a {@value #SURROGATE_KEY} header
 * naming the catalog objects the answer shows ({@link CacheTags}). Everything else is
 * {@code private, no-store} unless its resource says otherwise (pictures by content hash, feeds):
 * signed-in or cart-holding visitors, accounts, checkout, the back office, and answers that create
 * a session; a HEAD of a public read is {@code no-cache} (its empty body has no tag of the GET's).
 * The storefront's pages carry a fresh script nonce in each answer (PrimeFaces' CSP), so an
 * anonymous catalog page is {@code no-cache} (revalidated, never shared) until its pages need no
 * nonce.
 *
 * <p>Whether an answer is a public read is known once its resource method is chosen
 * ({@link PublicReadMarker} marks the request before the entity is written): an anonymous read's
 * response is wrapped, and the wrapper holds the body back only when the mark is there by the
 * time the answer starts; any other answer goes through as it is written.
 */
@WebFilter(filterName = "edgeCaching", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class EdgeCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String SURROGATE_KEY = "Surrogate-Key";
    /** The request attribute (a JAX-RS request property) that marks a {@link PublicRead}'s answer. */
    static final String PUBLIC_READ = "io.openshop.web.publicRead";
    static final String PERSONAL = "private, no-store";
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
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean anonymous = request.getHeader("Authorization") == null && !hasSessionCookie(request);
        response.setHeader("Cache-Control", PERSONAL);
        if (!read || !anonymous) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CATALOG_PAGES.matcher(path).matches()) {
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Vary", "Cookie"); // the currency and consent cookies change the page
            chain.doFilter(new SessionWatch(request, response), response);
            return;
        }
        Held held = new Held(request, response);
        chain.doFilter(request, held);
        if (held.holding()) {
            cacheable(request, response, held);
        }
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

    /**
     * A public read's answer, held back until complete: sent public with its ETag and keys, or as
     * 304, or private if it turned personal; a HEAD's is revalidated.
     */
    private void cacheable(HttpServletRequest request, HttpServletResponse response, Held held) throws IOException {
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
        if ("HEAD".equals(request.getMethod())) {
            response.setHeader("Cache-Control", "no-cache");
            held.sendLength();
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

    /**
     * A response that keeps the body of a {@link PublicRead} in memory until the filter sends it
     * (so headers can still be set after the resource ran), and passes any other answer through.
     * It decides at the first thing that starts the answer (its body, its length, a flush): by
     * then a JAX-RS resource method has been chosen and its response filters have run.
     */
    private static final class Held extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        private Boolean holding;
        private long length = -1;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        /** Whether this answer is a public read's, held: decided at its start, or now if it has not started. */
        boolean holding() {
            if (holding == null) {
                holding = request.getAttribute(PUBLIC_READ) != null;
            }
            return holding;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        /** A HEAD's length, as the resource gave it (its body is not written). */
        void sendLength() {
            if (length >= 0) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding()) {
                return super.getOutputStream();
            }
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
        public PrintWriter getWriter() throws IOException {
            if (!holding()) {
                return super.getWriter();
            }
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            setContentLengthLong(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (holding()) {
                length = len; // the filter sets the length of what it sends
            } else {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!holding()) {
                super.flushBuffer(); // a held answer leaves only when the filter sends it
            }
        }

        @Override
        public boolean isCommitted() {
            return holding != Boolean.TRUE && super.isCommitted(); // asking decides nothing
        }
    }
}
