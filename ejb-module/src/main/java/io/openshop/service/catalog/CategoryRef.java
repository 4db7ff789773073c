package io.openshop.service.catalog;

import io.openshop.domain.catalog.Category;

import java.io.Serializable;

/** A link to a category: its slug and name, as breadcrumbs, chips and listings show it. */
public record CategoryRef(String slug, String name) implements Serializable {

    static CategoryRef of(Category c) {
        return new CategoryRef(c.getSlug().value(), c.getName());
    }
}
