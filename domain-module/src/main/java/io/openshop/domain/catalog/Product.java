package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Something the shop sells, with its own SKU and a price. Aggregate root. */
@Entity
@Table(name = "product")
public class Product {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, unique = true, length = 32)
    private String sku;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private String description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "price_amount", nullable = false, precision = 19, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "price_currency", nullable = false, length = 3))
    })
    private Money price;

    // OffsetDateTime, not Instant: JPA 3.1 (EclipseLink 4) maps java.time.Instant only as a blob.
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(Category category, Slug slug, Sku sku, String name, String description, Money price) {
        this.category = Objects.requireNonNull(category, "category");
        this.slug = slug.value();
        this.sku = sku.value();
        rename(name);
        describe(description);
        reprice(price);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void rename(String newName) {
        this.name = Texts.requireName("name", newName, MAX_NAME_LENGTH);
    }

    public void describe(String newDescription) {
        this.description = Texts.optional(newDescription);
    }

    /** A price may be zero (a free sample) but never negative. */
    public void reprice(Money newPrice) {
        if (newPrice == null) {
            throw new InvalidInputException("price", "is required");
        }
        if (newPrice.isNegative()) {
            throw new InvalidInputException("price", "must not be negative");
        }
        this.price = newPrice;
    }

    public void moveTo(Category newCategory) {
        this.category = Objects.requireNonNull(newCategory, "category");
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public Sku getSku() {
        return new Sku(sku);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Money getPrice() {
        return price;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
