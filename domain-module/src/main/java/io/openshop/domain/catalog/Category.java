package io.openshop.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of products shoppers browse by. Aggregate root. */
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
        this.name = Texts.requireName("name", newName, MAX_NAME_LENGTH);
    }

    public void describe(String newDescription) {
        this.description = Texts.optional(newDescription);
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
