package io.openshop.service.platform.infrastructure;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The HTTP caches in front of the shop, purged by surrogate key the way Varnish's xkey module
 * takes it: {@code PURGE /} with the keys, space-separated, in an {@value #HEADER} header (the VCL
 * in payara-config/edge accepts it from the shop's hosts only). Keys go in requests of at most
 * {@value #HEADER_LIMIT} characters, well below Varnish's 8 KB header limit.
 */
public final class EdgeCaches implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "xkey-purge";
    static final int HEADER_LIMIT = 4_000;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<URI> caches;

    private EdgeCaches(List<URI> caches) {
        this.caches = List.copyOf(caches);
    }

    /** The caches of a comma-separated list of base URLs (none when blank). */
    public static EdgeCaches of(String urls) {
        List<URI> parsed = Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).map(u -> {
            URI uri = URI.create(u);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("shop.edge.purge-urls: not an http(s) URL: " + u);
            }
            return uri.resolve("/");
        }).toList();
        return new EdgeCaches(parsed);
    }

    public boolean isEmpty() {
        return caches.isEmpty();
    }

    /** The keys in header values of at most HEADER_LIMIT characters (a key longer than that alone in one). */
    static List<String> headers(Collection<String> keys) {
        List<String> headers = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String key : keys) {
            if (current.length() > 0 && current.length() + 1 + key.length() > HEADER_LIMIT) {
                headers.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(key);
        }
        if (current.length() > 0) {
            headers.add(current.toString());
        }
        return headers;
    }

    /** Purges the keys from every cache; throws when one does not answer 200 (the caller keeps them to send again). */
    public void purge(Collection<String> keys) {
        for (String header : headers(keys)) {
            for (URI cache : caches) {
                HttpRequest request = HttpRequest.newBuilder(cache).timeout(Duration.ofSeconds(5))
                        .method("PURGE", HttpRequest.BodyPublishers.noBody()).header(HEADER, header).build();
                try {
                    HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("the edge cache " + cache + " answered a purge with " + answer.statusCode());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("the edge cache " + cache + " could not be reached: " + e, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while purging " + cache, e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return caches.toString();
    }
}
