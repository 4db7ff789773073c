package io.openshop.service.catalog;

import io.openshop.domain.catalog.Category;

import java.util.List;

/**
 * A category as pages and clients see it, read inside the transaction: its words and its place
 * in the tree.
 *
 * @param ancestors the categories above it, from the top down, without itself (the breadcrumbs)
 */
public record CategoryView(String slug, String name, String description, List<CategoryRef> ancestors) {

    public CategoryView {
        ancestors = List.copyOf(ancestors);
    }

    /** The slug of the category right above this one; null at the top. */
    public String parent() {
        return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1).slug();
    }

    static CategoryView of(Category c) {
        return new CategoryView(c.getSlug().value(), c.getName(), c.getDescription(),
                c.getAncestors().stream().map(CategoryRef::of).toList());
    }
}
