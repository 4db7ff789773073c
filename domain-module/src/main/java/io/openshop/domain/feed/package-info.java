/**
 * Feeds: what the shop publishes for other systems to fetch — the sitemap search engines crawl
 * and the product feed marketplaces import (Google Merchant Center's TSV and XML). Generated from
 * the published catalog when it has changed, stored, and served as stored: never read from
 * 100,000 products per request.
 */
package io.openshop.domain.feed;
