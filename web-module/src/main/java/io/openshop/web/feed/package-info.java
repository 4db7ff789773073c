/**
 * Feeds on the web: {@code /robots.txt}, {@code /sitemap.xml} with {@code /sitemaps/*}, and the
 * Google Merchant Center feed under {@code /feeds/*} ({@code FeedServlet}), and the
 * administrators' {@code /api/admin/feeds} (the last generation, regenerate now).
 */
package io.openshop.web.feed;
