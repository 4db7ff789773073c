package io.openshop.domain.feed;

import java.time.Instant;

/** The last generation of the feeds: the catalog state it read, when, and how many products and files it wrote. */
public record FeedGeneration(String state, Instant generatedAt, long products, int files) {
}
