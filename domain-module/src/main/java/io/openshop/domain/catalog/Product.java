package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Something the shop sells: a name, a product SKU, a base price, and its variants (at least
 * one). Aggregate root; options and variants are part of it.
 */
@Entity
@Table(name = "product")
public class Product {

    public static final int MAX_NAME_LENGTH = 200;
    /** Descriptions of products and categories. */
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    /*
     * Eager on purpose, and every product query fetch-joins it. Lazy, the woven getter creates the
     * value holder of an object that has none yet: a request reading a product that another
     * thread was still building into the shared cache could leave an empty holder in the shared
     * object, and the product without its category until a restart (issue 10). An eager to-one
     * has no holder: the builder sets the field, and nothing a reader does can unset it.
     */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
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

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProductOption> options = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Variant> variants = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_type_id")
    private ProductType productType;

    // Lazy: listings never read attributes, so they cost no statement there.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "code", length = 40)
    @Column(name = "value", nullable = false, length = AttributeDefinition.MAX_VALUE_LENGTH)
    private Map<String, String> attributes = new TreeMap<>();

    // Lazy: listings read only the main image's hash, kept on the product row itself.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_image", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<ProductImage> images = new ArrayList<>();

    @Column(name = "image_hash", length = 64)
    private String imageHash;

    /** Which tax rate applies ("standard", "reduced"); rates per country live with checkout. */
    @Column(name = "tax_class", nullable = false, length = 20)
    private String taxClass = "standard";

    /** Shipping weight of one unit, for weight-based shipping rates. */
    @Column(name = "weight_grams", nullable = false)
    private int weightGrams = 500;

    /** When staff last changed the product or any of its parts; null until the first change after it was made. */
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProductStatus status = ProductStatus.PUBLISHED;

    @Version
    private long version;

    public static final int MAX_OPTIONS = 3;
    public static final int MAX_IMAGES = 12;
    public static final int MAX_VARIANTS = 100;

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
        this.variants.add(new Variant(this, 0, this.sku, Map.of()));
    }

    /** A product staff are still preparing: shoppers see it once it is {@link #publish() published}. */
    public static Product draft(Category category, Slug slug, Sku sku, String name, String description, Money price) {
        Product product = new Product(category, slug, sku, name, description, price);
        product.status = ProductStatus.DRAFT;
        return product;
    }

    /** Puts the product on the storefront; publishing a published product changes nothing. */
    public void publish() {
        status = ProductStatus.PUBLISHED;
        touch();
    }

    /** Takes the product off the storefront, keeping everything about it; a draft stays a draft. */
    public void unpublish() {
        if (status == ProductStatus.PUBLISHED) {
            status = ProductStatus.UNPUBLISHED;
        }
        touch();
    }

    public ProductStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    /**
     * Sets the ways this product varies, and so its variants: one per combination of values
     * (colour with 2 values and size with 3 give 6). Variants whose combination survives keep
     * their identity, SKU and price; new combinations get SKUs derived from the product's. With
     * no options the product has its single default variant.
     */
    public void defineOptions(List<OptionSpec> specs) {
        List<VariantPlan> plans = VariantPlan.of(new Sku(sku), specs);
        Map<String, Variant> kept = new HashMap<>();
        variants.forEach(v -> kept.put(v.getSignature(), v));
        List<Variant> result = new ArrayList<>();
        for (VariantPlan plan : plans) {
            Variant existing = kept.get(plan.signature());
            if (existing != null) {
                existing.moveTo(result.size());
                result.add(existing);
            } else {
                result.add(new Variant(this, result.size(), plan.sku().value(), plan.options()));
            }
        }
        Map<String, ProductOption> byCode = new HashMap<>();
        options.forEach(o -> byCode.put(o.getCode(), o));
        options.clear();
        for (int i = 0; i < specs.size(); i++) {
            ProductOption same = byCode.get(specs.get(i).code());
            if (same != null) {
                same.redefine(i, specs.get(i)); // kept, not replaced: (product, code) is unique in the database
                options.add(same);
            } else {
                options.add(new ProductOption(this, i, specs.get(i)));
            }
        }
        variants.clear();
        variants.addAll(result);
        touch();
    }

    /**
     * The price of this product in a currency, given the price a price list sets for it now (or
     * null): the list price wins; without one, the base price if it is in that currency; else
     * the product is not sold in that currency (null).
     */
    public Money priceIn(Currency currency, Money listPrice) {
        if (!isPublished()) {
            return null; // not on the storefront: not sold at any price
        }
        if (listPrice != null) {
            return listPrice;
        }
        return price.currency().equals(currency) ? price : null;
    }

    /** As {@link #priceIn(Currency, Money)}, where a variant's own price replaces the base price. */
    public Money priceIn(Variant variant, Currency currency, Money listPrice) {
        if (!isPublished()) {
            return null;
        }
        if (listPrice != null) {
            return listPrice;
        }
        Money own = variant.getPriceOverride();
        return own != null && own.currency().equals(currency) ? own : priceIn(currency, null);
    }

    /** Adds a picture at the end; the first picture is the one listings show. */
    public void addImage(ProductImage image) {
        if (images.size() >= MAX_IMAGES) {
            throw new InvalidInputException("images", "a product has at most " + MAX_IMAGES + " images");
        }
        if (images.stream().anyMatch(i -> i.getContentHash().equals(image.getContentHash()))) {
            throw new InvalidInputException("images", "this picture is already shown");
        }
        images.add(image);
        imageHash = images.get(0).getContentHash();
        touch();
    }

    public void removeImage(String contentHash) {
        images.removeIf(i -> i.getContentHash().equals(contentHash));
        imageHash = images.isEmpty() ? null : images.get(0).getContentHash();
        touch();
    }

    /** Makes a picture the one listings show, keeping the others in their order. */
    public void showFirst(String contentHash) {
        ProductImage image = images.stream().filter(i -> i.getContentHash().equals(contentHash)).findFirst()
                .orElseThrow(() -> new InvalidInputException("image", "is not a picture of this product"));
        images.remove(image);
        images.add(0, image);
        imageHash = contentHash;
        touch();
    }

    public List<ProductImage> getImages() {
        return List.copyOf(images);
    }

    /** The content hash of the picture listings show, or null. */
    public String getImageHash() {
        return imageHash;
    }

    /** Makes this a product of a type, with attribute values checked against the type's definitions. */
    public void classify(ProductType type, Map<String, String> values) {
        Map<String, String> valid = Objects.requireNonNull(type, "type").validate(values);
        this.productType = type;
        this.attributes.clear();
        this.attributes.putAll(valid);
        touch();
    }

    /**
     * Brings the product to what an import row says, changing only what differs, so a row that
     * matches the product leaves it untouched (its version and update time too). An import never
     * makes a product on the storefront a draft again: DRAFT on a published or unpublished
     * product leaves its status.
     *
     * @param newType the row's product type (null: none) with {@code values} checked against it
     * @return whether anything changed
     */
    public boolean importFrom(ProductImportRow row, Category newCategory, ProductType newType, Map<String, String> values) {
        boolean changed = false;
        if (!name.equals(row.name())) {
            rename(row.name());
            changed = true;
        }
        if (!Objects.equals(description, row.description())) {
            describe(row.description());
            changed = true;
        }
        if (!Objects.equals(category.getId(), newCategory.getId())) {
            moveTo(newCategory);
            changed = true;
        }
        if (!price.equals(row.price())) {
            reprice(row.price());
            changed = true;
        }
        Long typeId = productType == null ? null : productType.getId();
        Long newTypeId = newType == null ? null : newType.getId();
        if (!Objects.equals(typeId, newTypeId) || !attributes.equals(newType == null ? Map.of() : values)) {
            if (newType == null) {
                productType = null;
                attributes.clear();
                touch();
            } else {
                classify(newType, values);
            }
            changed = true;
        }
        if (!taxClass.equals(row.taxClass()) || weightGrams != row.weightGrams()) {
            classifyForCheckout(row.taxClass(), row.weightGrams());
            changed = true;
        }
        if (row.status() != status && row.status() != ProductStatus.DRAFT) {
            if (row.status() == ProductStatus.PUBLISHED) {
                publish();
            } else {
                unpublish();
            }
            changed = true;
        }
        return changed;
    }

    /**
     * Takes an import's options: none leaves the product's as they are (an import never removes a
     * product's options; the back office does); others that differ in their codes or values are
     * {@linkplain #defineOptions defined}, each option keeping the label it has.
     *
     * @return whether the options changed
     */
    public boolean importOptions(List<OptionSpec> specs) {
        if (specs.isEmpty()) {
            return false;
        }
        List<String> now = options.stream().map(o -> o.getCode() + "=" + o.getValues()).toList();
        List<String> wanted = specs.stream().map(o -> o.code() + "=" + o.values()).toList();
        if (now.equals(wanted)) {
            return false;
        }
        Map<String, String> labels = new HashMap<>();
        options.forEach(o -> labels.put(o.getCode(), o.getLabel()));
        defineOptions(specs.stream().map(o -> labels.containsKey(o.code())
                ? new OptionSpec(o.code(), labels.get(o.code()), o.values()) : o).toList());
        return true;
    }

    /**
     * Takes an import's variant row: the variant of that combination gets the row's SKU and own
     * price (none: the product's price again).
     *
     * @return whether the variant changed
     * @throws InvalidInputException when the product has no such combination, or the price is
     *                               not in the product's currency or has more decimals than it
     */
    public boolean importVariant(VariantImportRow row) {
        Variant variant = variantWith(row.choice()).orElseThrow(() -> new InvalidInputException("options",
                "'" + sku + "' has no variant " + Variant.signatureOf(row.choice()) + "; its options are " + options.stream()
                        .map(o -> o.getCode() + "=" + String.join("|", o.getValues())).collect(Collectors.joining(";"))));
        Currency currency = price.currency();
        if (row.currency() != null && !row.currency().equals(currency)) {
            throw new InvalidInputException("currency", "a variant's own price is in its product's currency, " + currency.getCurrencyCode());
        }
        if (row.price() != null && row.price().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidInputException("price", "has more decimals than " + currency.getCurrencyCode() + " has");
        }
        Money own = row.price() == null ? null : Money.of(row.price(), currency);
        boolean changed = false;
        if (!variant.getSku().equals(row.sku())) {
            variant.renameSku(row.sku());
            changed = true;
        }
        if (!Objects.equals(variant.getPriceOverride(), own)) {
            variant.overridePrice(own);
            changed = true;
        }
        if (changed) {
            touch();
        }
        return changed;
    }

    public ProductType getProductType() {
        return productType;
    }

    public Map<String, String> getAttributes() {
        return Map.copyOf(attributes);
    }

    /** The variant with exactly these option values, if there is one. */
    public Optional<Variant> variantWith(Map<String, String> choice) {
        String signature = Variant.signatureOf(choice);
        return variants.stream().filter(v -> v.getSignature().equals(signature)).findFirst();
    }

    public Optional<Variant> variantBySku(Sku variantSku) {
        return variants.stream().filter(v -> v.getSku().equals(variantSku)).findFirst();
    }

    public List<ProductOption> getOptions() {
        return List.copyOf(options);
    }

    public List<Variant> getVariants() {
        return List.copyOf(variants);
    }

    public void rename(String newName) {
        this.name = TextRules.name("name", newName, MAX_NAME_LENGTH);
        touch();
    }

    public void describe(String newDescription) {
        this.description = TextRules.optionalMultiline("description", newDescription, MAX_DESCRIPTION_LENGTH);
        touch();
    }

    /** Gives one variant its own price in the base currency (null: the product's price again). */
    public void priceVariant(Sku variantSku, Money priceOrNull) {
        variantBySku(variantSku).orElseThrow(() -> new InvalidInputException("sku", "'" + variantSku.value()
                + "' is not a variant of this product")).overridePrice(priceOrNull);
        touch();
    }

    /**
     * Records that something stored beside the product changed (a price list's entry for it), so
     * its version moves and an edit made against the version before is refused.
     */
    public void listPricesChanged() {
        touch();
    }

    private void touch() {
        if (createdAt != null) { // not while the constructor is still filling the product in
            this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    /** When the product or a part of it last changed (when it was made, if never since). */
    public OffsetDateTime getUpdatedAt() {
        return updatedAt == null ? createdAt : updatedAt;
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
        touch();
    }

    public void moveTo(Category newCategory) {
        this.category = Objects.requireNonNull(newCategory, "category");
        touch();
    }

    /** Sets the tax class and the shipping weight of one unit. */
    public void classifyForCheckout(String newTaxClass, int newWeightGrams) {
        if (newTaxClass == null || !newTaxClass.matches("[a-z][a-z0-9-]{0,19}")) {
            throw new InvalidInputException("taxClass", "must be a lowercase code such as standard or reduced");
        }
        if (newWeightGrams < 0) {
            throw new InvalidInputException("weightGrams", "must not be negative");
        }
        this.taxClass = newTaxClass;
        this.weightGrams = newWeightGrams;
        touch();
    }

    public String getTaxClass() {
        return taxClass;
    }

    public int getWeightGrams() {
        return weightGrams;
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
