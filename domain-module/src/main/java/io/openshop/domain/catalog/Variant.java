package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One sellable combination of a product's option values (white, M), with its own SKU and
 * optionally its own price in the product's base currency. Part of the Product aggregate; what
 * carts, orders and stock refer to.
 */
@Entity
@Table(name = "product_variant")
public class Variant {

    @Id
    @SequenceGenerator(name = "product_variant_seq", sequenceName = "product_variant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_variant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    /** The option values in a canonical form ("colour=white;size=m"): unique per product in the database. */
    @Column(nullable = false, length = 400)
    private String signature;

    @Column(name = "price_amount", precision = 19, scale = 2)
    private BigDecimal priceOverride;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "variant_option", joinColumns = @JoinColumn(name = "variant_id"))
    @MapKeyColumn(name = "option_code", length = 40)
    @Column(name = "value", nullable = false, length = 40)
    private Map<String, String> options = new TreeMap<>();

    @Version
    private long version;

    protected Variant() {
        // for JPA
    }

    Variant(Product product, int position, String sku, Map<String, String> options) {
        this.product = product;
        this.position = position;
        this.sku = new Sku(sku).value();
        this.options = new TreeMap<>(options);
        this.signature = signatureOf(options);
    }

    /** What identifies a choice of option values (the domain's one rule: {@link VariantPlan#signatureOf}). */
    public static String signatureOf(Map<String, String> options) {
        return VariantPlan.signatureOf(options);
    }

    /** Gives this variant its own price, in the product's base currency; null removes it. */
    public void overridePrice(Money price) {
        if (price == null) {
            this.priceOverride = null;
            return;
        }
        if (!price.currency().equals(product.getPrice().currency())) {
            throw new InvalidInputException("price", "a variant's own price is in the product's currency, "
                    + product.getPrice().currency().getCurrencyCode());
        }
        if (price.isNegative()) {
            throw new InvalidInputException("price", "must not be negative");
        }
        this.priceOverride = price.amount();
    }

    /** The variant's own price if it has one (in the product's base currency). */
    public Money getPriceOverride() {
        return priceOverride == null ? null : Money.of(priceOverride, product.getPrice().currency());
    }

    /** A new SKU for this variant (an import's, or an ERP's); unique across the catalog, which the database enforces. */
    void renameSku(Sku newSku) {
        this.sku = newSku.value();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Sku getSku() {
        return new Sku(sku);
    }

    public Map<String, String> getOptions() {
        return Map.copyOf(options);
    }

    public String getSignature() {
        return signature;
    }

    int getPosition() {
        return position;
    }

    public boolean isDefault() {
        return options.isEmpty();
    }

    public long getVersion() {
        return version;
    }
}
