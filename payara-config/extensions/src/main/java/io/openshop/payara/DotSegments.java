package io.openshop.payara;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 3986 section 5.2.4 ("remove_dot_segments") for the target of an HTTP request: {@code /a/b/..}
 * becomes {@code /a/}, {@code /a/./b} becomes {@code /a/b}, and {@code ..} above the root stays at
 * the root, as browsers resolve it. A segment of {@code .} or {@code ..} may be percent-encoded
 * ({@code %2e}, {@code .%2E}): Grizzly decodes those before it normalises, so they are dot segments
 * to it too. Everything else, including bytes outside ASCII, is kept as it was.
 */
final class DotSegments {

    private DotSegments() {
    }

    /**
     * The request target with the dot segments of its path removed: an origin-form path
     * ({@code /a/b}) or the absolute form ({@code http://host:port/a/b}), whose scheme and
     * authority are kept; anything else ({@code *}, an authority) is returned as it is. A query
     * or fragment, if the target still has one, is kept as sent.
     */
    static String removedFrom(String target) {
        int pathStart;
        if (target.startsWith("/")) {
            pathStart = 0;
        } else {
            int scheme = target.indexOf("://");
            int slash = scheme > 0 ? target.indexOf('/', scheme + 3) : -1;
            if (slash < 0) {
                return target;
            }
            pathStart = slash;
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
        String clean = removedFromPath(path);
        return clean.equals(path) ? target : target.substring(0, pathStart) + clean + target.substring(pathEnd);
    }

    /** remove_dot_segments for an absolute path (one that starts with '/'). */
    static String removedFromPath(String path) {
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
        return segment.equals(".") || segment.equalsIgnoreCase("%2e");
    }

    private static boolean isDotDot(String segment) {
        return segment.length() >= 2 && segment.length() <= 6
                && segment.toLowerCase(Locale.ROOT).replace("%2e", ".").equals("..");
    }
}
