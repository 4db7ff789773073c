package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A kind of product (clothing, footwear) and the typed attributes its products carry. Aggregate root. */
@Entity
@Table(name = "product_type")
public class ProductType {

    @Id
    @SequenceGenerator(name = "product_type_seq", sequenceName = "product_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_type_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_type_attribute", joinColumns = @JoinColumn(name = "product_type_id"))
    @OrderColumn(name = "position")
    private List<AttributeDefinition> attributes = new ArrayList<>();

    @Version
    private long version;

    protected ProductType() {
        // for JPA
    }

    public ProductType(Slug slug, String name, List<AttributeDefinition> attributes) {
        this.slug = slug.value();
        this.name = TextRules.name("name", name, 120);
        if (attributes.stream().map(AttributeDefinition::getCode).distinct().count() != attributes.size()) {
            throw new InvalidInputException("attributes", "each attribute code may appear once");
        }
        this.attributes = new ArrayList<>(attributes);
    }

    /**
     * Checks a product's attribute values against this type and returns them in stored form:
     * every code defined, every value of its kind, every required attribute present.
     */
    public Map<String, String> validate(Map<String, String> values) {
        Map<String, String> valid = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            AttributeDefinition definition = attribute(e.getKey())
                    .orElseThrow(() -> new InvalidInputException("attributes." + e.getKey(), "is not an attribute of " + name));
            valid.put(e.getKey(), definition.normalise(e.getValue()));
        }
        var missing = new HashSet<String>();
        attributes.stream().filter(AttributeDefinition::isRequired).map(AttributeDefinition::getCode)
                .filter(code -> !valid.containsKey(code)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("attributes." + missing.iterator().next(), "is required for " + name);
        }
        return valid;
    }

    public Optional<AttributeDefinition> attribute(String code) {
        return attributes.stream().filter(a -> a.getCode().equals(code)).findFirst();
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

    public List<AttributeDefinition> getAttributes() {
        return List.copyOf(attributes);
    }
}
