package io.openshop.web.platform;

import jakarta.enterprise.context.RequestScoped;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog objects an answer depends on, named as surrogate keys for an HTTP cache in front of
 * the shop ({@link EdgeCaching} sends them in {@value EdgeCaching#SURROGATE_KEY}): a change to one
 * of them is what makes a cached copy of the answer stale.
 * <ul>
 *   <li>{@code product-SKU}: a product, its variants, prices and stock status;</li>
 *   <li>{@code category-SLUG}: a category's own data (its name, slug and place: product pages
 *       show their category path);</li>
 *   <li>{@code listing-SLUG}: what a category's listing holds (its subtree's products, their
 *       order and facets), apart from the category's data so that a product's change does not
 *       purge every product page of its category;</li>
 *   <li>{@code search}: listings that are not of one category (their hits and facets);</li>
 *   <li>{@code reviews-SLUG}: a product's published reviews;</li>
 *   <li>{@code categories}: the category tree.</li>
 * </ul>
 */
@RequestScoped
public class CacheTags {

    private final Set<String> keys = new TreeSet<>();

    public CacheTags product(String sku) {
        keys.add("product-" + sku.toUpperCase(Locale.ROOT));
        return this;
    }

    public CacheTags category(String slug) {
        keys.add("category-" + slug);
        return this;
    }

    /** A listing: of one category when it has one (its listing's key), otherwise one of the searches. */
    public CacheTags listing(String categorySlug) {
        keys.add(categorySlug == null || categorySlug.isBlank() ? "search" : "listing-" + categorySlug.strip());
        return this;
    }

    /** A product's published reviews (by the product's slug, which their address names). */
    public CacheTags reviews(String productSlug) {
        keys.add("reviews-" + productSlug);
        return this;
    }

    public CacheTags categoryTree() {
        keys.add("categories");
        return this;
    }

    /** The keys, space-separated (Fastly's Surrogate-Key and Varnish xkey's form); empty when none. */
    public String header() {
        return String.join(" ", keys);
    }
}
