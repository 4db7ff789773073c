package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedList;
import java.util.List;

/**
 * A group of products shoppers browse by. Categories form a tree: a category may have a parent,
 * and a category's listing includes the products of its whole subtree. Aggregate root.
 */
@Entity
@Table(name = "category")
public class Category {

    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Version
    private long version;

    protected Category() {
        // for JPA
    }

    public Category(Slug slug, String name, String description) {
        this.slug = slug.value();
        rename(name);
        describe(description);
    }

    public void rename(String newName) {
        this.name = TextRules.name("name", newName, MAX_NAME_LENGTH);
    }

    public void describe(String newDescription) {
        this.description = TextRules.optionalMultiline("description", newDescription, Product.MAX_DESCRIPTION_LENGTH);
    }

    /**
     * Moves this category, with its whole subtree, under another category (or to the top with
     * {@code null}). A category cannot be moved under itself or under one of its descendants.
     */
    public void moveUnder(Category newParent) {
        for (Category c = newParent; c != null; c = c.getParent()) {
            if (c == this || (id != null && id.equals(c.getId()))) {
                throw new InvalidInputException("parent",
                        "cannot be '" + newParent.slug + "': it lies inside '" + slug + "', which would make a cycle");
            }
        }
        this.parent = newParent;
    }

    public Category getParent() {
        return parent;
    }

    /** This category's ancestors from the root down, without itself (for breadcrumbs). */
    public List<Category> getAncestors() {
        LinkedList<Category> path = new LinkedList<>();
        for (Category c = getParent(); c != null; c = c.getParent()) {
            path.addFirst(c);
        }
        return path;
    }

    public Long getId() {
        return id;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }

}
