/**
 * Feeds: {@code FeedService} serves the stored sitemap and product feed files and regenerates
 * them ({@code FeedGenerator}) when the catalog has changed, at most every
 * {@code shop.feed.refresh-minutes}, through {@code FeedJob}'s minute timer or an administrator.
 */
package io.openshop.service.feed;
