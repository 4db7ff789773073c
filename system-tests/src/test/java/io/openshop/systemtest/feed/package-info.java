/** Feeds: the sitemap, robots.txt and the Google Merchant Center product feed, as crawlers and marketplaces fetch them. */
package io.openshop.systemtest.feed;
