package io.openshop.domain.feed;

import java.time.Instant;

/**
 * One generated feed file as stored and served: its path below the shop's address
 * ({@code sitemap.xml}, {@code sitemaps/products-1.xml}, {@code feeds/google-merchant.tsv}), its
 * content type, the content gzip-compressed (served as is to clients that accept gzip), and the
 * catalog state and time it was generated from.
 */
public record FeedFile(String name, String contentType, byte[] gzipped, String state, Instant generatedAt) {

    /** The entity tag of this content: the same state gives the same files. */
    public String etag() {
        return "\"" + state + "\"";
    }
}
