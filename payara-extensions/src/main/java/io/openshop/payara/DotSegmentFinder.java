package io.openshop.payara;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.ProtocolFinder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes dot segments ({@code .}, {@code ..}, also percent-encoded) from the path of an HTTP/1.x
 * request line before Grizzly sees it, as RFC 3986 section 5.2.4 does: {@code /a/b/..} becomes
 * {@code /a/}, and {@code ..} above the root stays at the root.
 *
 * <p>Why: Grizzly 4.0.2 (as bundled by Payara 6.2025.9) normalises a path that ends in
 * {@code /.} or {@code /..} by writing one '/' past its end, into a buffer that its request
 * object sized to the longest path it has seen so far. When that buffer is exactly as long as
 * the path, the write fails ({@code ArrayIndexOutOfBoundsException} in
 * {@code HttpRequestURIDecoder.normalizeBytes}), the container swallows the exception and the
 * client gets {@code 200} with an empty text/plain body that never reached the application:
 * "sometimes", depending on which pooled request object takes the request. A path that climbs
 * above the root got a bare 400 from the container. With the path normalised here, every such
 * request reaches the application, which answers it with its own status, body and headers.
 *
 * <p>It runs as the one protocol finder of a port-unification protocol placed in front of the
 * HTTP listener's protocol (payara-config/domain.asadmin). It is not sticky, so it sees the
 * first read of every request on a kept-alive connection, not only a connection's first. It
 * only touches a read that starts with a request line ({@code TOKEN SP target SP HTTP/}) whose
 * path holds a dot segment; anything else passes unchanged. (A request body whose read happens
 * to start with such a line would be changed too; no client of the shop sends one.)
 *
 * <p>Not wired into payara-config/domain.asadmin yet: with it in front of both public listeners
 * (create-protocol, create-protocol-finder --targetprotocol http-listener-1, the listener's protocol
 * set to the new one, http2-enabled=false) every dot-segment probe got the application's answer,
 * but later requests of the full AttackProbesIT run stalled until the keep-alive timeout; that
 * needs finding first. AttackProbesIT's dot-segment test tells when the defect is gone.
 */
public class DotSegmentFinder implements ProtocolFinder {

    /** Payara's default limit of a request's header; a request line longer than this is Grizzly's to refuse. */
    static final int MAX_REQUEST_LINE = 8192;

    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        puContext.setSticky(false); // look again at the next request on this connection
        Object message = ctx.getMessage();
        if (!(message instanceof Buffer in)) {
            return Result.FOUND;
        }
        int start = in.position();
        int available = in.remaining();
        int lineEnd = -1;
        for (int i = 0; i < Math.min(available, MAX_REQUEST_LINE); i++) {
            byte b = in.get(start + i);
            if (b == '\n') {
                lineEnd = i;
                break;
            }
            if (i < 3 && (b < 'A' || b > 'Z')) {
                return Result.FOUND; // not a request line: a method is upper-case letters
            }
        }
        if (lineEnd < 0) {
            return available < MAX_REQUEST_LINE && available > 0 && startsLikeARequest(in, start, available)
                    ? Result.NEED_MORE_DATA : Result.FOUND;
        }
        byte[] line = new byte[lineEnd + 1];
        for (int i = 0; i < line.length; i++) {
            line[i] = in.get(start + i);
        }
        byte[] normalised = normalisedRequestLine(line);
        if (normalised == null) {
            return Result.FOUND;
        }
        byte[] replaced = new byte[normalised.length + available - line.length];
        System.arraycopy(normalised, 0, replaced, 0, normalised.length);
        for (int i = line.length; i < available; i++) {
            replaced[normalised.length + i - line.length] = in.get(start + i);
        }
        in.tryDispose();
        ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), replaced));
        return Result.FOUND;
    }

    /**
     * Whether a read without a whole line begins like a request line ({@code TOKEN SP /} or
     * {@code TOKEN SP http}), so that waiting for the rest is right; a body's read must never be
     * held back waiting for a line end that may not come.
     */
    private static boolean startsLikeARequest(Buffer in, int start, int available) {
        for (int i = 0; i < available; i++) {
            byte b = in.get(start + i);
            if (b == ' ') {
                if (i < 3) {
                    return false;
                }
                if (i + 1 == available) {
                    return true;
                }
                byte next = in.get(start + i + 1);
                return next == '/' || next == 'h';
            }
            if (b < 'A' || b > 'Z' || i > 20) {
                return false;
            }
        }
        return true;
    }

    /**
     * The request line (ending in LF or CRLF) with the dot segments of its path removed, or
     * null when it has none or is not an HTTP/1.x request line; the query is kept as it was.
     */
    static byte[] normalisedRequestLine(byte[] line) {
        String text = new String(line, StandardCharsets.ISO_8859_1); // byte for byte, whatever the encoding
        int firstSpace = text.indexOf(' ');
        int secondSpace = firstSpace < 0 ? -1 : text.indexOf(' ', firstSpace + 1);
        if (firstSpace <= 0 || secondSpace < 0 || !text.startsWith("HTTP/", secondSpace + 1)) {
            return null;
        }
        for (int i = 0; i < firstSpace; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        String target = text.substring(firstSpace + 1, secondSpace);
        int pathStart = 0;
        int scheme = target.indexOf("://");
        if (scheme > 0 && !target.startsWith("/")) { // absolute form: http://host:port/path
            int slash = target.indexOf('/', scheme + 3);
            if (slash < 0) {
                return null;
            }
            pathStart = slash;
        } else if (!target.startsWith("/")) {
            return null; // "*" or an authority
        }
        int pathEnd = target.length();
        for (int i = pathStart; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' || c == '#') {
                pathEnd = i;
                break;
            }
        }
        String path = target.substring(pathStart, pathEnd);
        String clean = removeDotSegments(path);
        if (clean.equals(path)) {
            return null;
        }
        String rewritten = text.substring(0, firstSpace + 1) + target.substring(0, pathStart) + clean
                + target.substring(pathEnd) + text.substring(secondSpace);
        return rewritten.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** RFC 3986 section 5.2.4 for an absolute path; a segment of "." or ".." may be percent-encoded. */
    static String removeDotSegments(String path) {
        String[] segments = path.substring(1).split("/", -1);
        boolean any = false;
        for (String s : segments) {
            any |= isDot(s) || isDotDot(s);
        }
        if (!any) {
            return path;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (isDot(s)) {
                if (last) {
                    out.add("");
                }
            } else if (isDotDot(s)) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(s);
            }
        }
        return "/" + String.join("/", out);
    }

    private static boolean isDot(String segment) {
        return segment.equals(".") || segment.toLowerCase(Locale.ROOT).equals("%2e");
    }

    private static boolean isDotDot(String segment) {
        String s = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
        return s.equals("..");
    }
}
