package io.openshop.service.catalog;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.PriceChange;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.ConcurrentChangeException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What staff change in the catalog: products, their prices and attributes, and the category
 * tree. Every rule is the domain's; this boundary finds the aggregates, checks what only the
 * database can know (is a slug or SKU free) and turns a lost race into the same clear answer.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CatalogAdminService {

    /** The most products one bulk price change may touch: it is one transaction. */
    public static final int BULK_MAX = 5_000;
    /** How many lines a bulk price change's preview shows. */
    public static final int PREVIEW_LINES = 100;

    @Inject
    CatalogRepository catalog;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext caller;

    public StaffProduct createProduct(ProductDraft draft) {
        Category category = category("category", draft.categorySlug());
        Slug slug = parse("slug", () -> new Slug(draft.slug()));
        Sku sku = parse("sku", () -> new Sku(draft.sku()));
        if (catalog.productBySlug(slug).isPresent()) {
            throw new InvalidInputException("slug", "'" + slug.value() + "' is already used by another product");
        }
        if (catalog.skuTaken(sku)) {
            throw new InvalidInputException("sku", "'" + sku.value() + "' is already used by another product or variant");
        }
        Product product = new Product(category, slug, sku, draft.name(), draft.description(), money(draft.price(), draft.currency()));
        catalog.add(product);
        catalog.flush();
        return StaffProduct.of(product);
    }

    /**
     * Changes a product's name, description and base price, provided nobody changed it since
     * the caller read version {@code expectedVersion}.
     */
    public StaffProduct updateProduct(String productSlug, long expectedVersion, String name, String description,
                                      BigDecimal price, String currency) {
        return StaffProduct.of(change(productSlug, expectedVersion, name, description, price, currency));
    }

    private Product change(String productSlug, long expectedVersion, String name, String description,
                           BigDecimal price, String currency) {
        Product product = find(productSlug);
        if (product.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Product", productSlug);
        }
        product.rename(name);
        product.describe(description);
        Money before = product.getPrice();
        product.reprice(money(price, currency));
        if (!before.equals(product.getPrice())) { // price changes are audited, with who changed what from what
            audit.record(new AuditEntry(caller.getCallerPrincipal().getName(), AuditAction.PRICE_CHANGED, "product:" + productSlug,
                    Map.of("price", before.toString()), Map.of("price", product.getPrice().toString()), null));
        }
        catalog.flush();
        return product;
    }

    /**
     * The back office's edit of a product in one transaction: name, description, base price
     * and, when the product has a type, its attribute values; all of it or nothing.
     */
    public StaffProduct edit(String productSlug, long expectedVersion, String name, String description, BigDecimal price,
                             String currency, Map<String, String> attributes) {
        Product product = change(productSlug, expectedVersion, name, description, price, currency);
        if (product.getProductType() != null) {
            product.classify(product.getProductType(), attributes == null ? Map.of() : attributes);
            catalog.flush();
        }
        return StaffProduct.of(product);
    }

    /**
     * What a price change to a selection of products would do, changing nothing: in the category
     * (and below it; every category when blank), whose name or SKU contains {@code text}.
     */
    public BulkPriceChange previewPriceChange(String categorySlug, String text, String kind, BigDecimal value) {
        PriceChange change = PriceChange.of(kind, value);
        List<Product> products = selection(categorySlug, text);
        List<BulkPriceChange.Line> lines = new ArrayList<>();
        for (Product p : products) {
            Money after = change.apply(p.getPrice(), p.getSku().value());
            if (lines.size() < PREVIEW_LINES) {
                lines.add(new BulkPriceChange.Line(p.getSku().value(), p.getName(), p.getSlug().value(), p.getPrice(), after));
            }
        }
        return new BulkPriceChange(products.size(), lines, null);
    }

    /**
     * Applies a previewed price change in one transaction: every product of the selection or none
     * (a price that would go negative refuses all), each change audited with who made it and a
     * name shared by the whole change. When the selection no longer has the {@code expectedProducts}
     * the preview showed, nothing changes: preview again.
     */
    public BulkPriceChange applyPriceChange(String categorySlug, String text, String kind, BigDecimal value, int expectedProducts) {
        PriceChange change = PriceChange.of(kind, value);
        List<Product> products = selection(categorySlug, text);
        if (products.size() != expectedProducts) {
            throw new InvalidInputException("expectedProducts", "the selection has " + products.size() + " products now, not "
                    + expectedProducts + ": preview the change again");
        }
        String name = "bulk-" + UUID.randomUUID();
        String actor = caller.getCallerPrincipal().getName();
        String rule = change.kind() + " " + change.value().toPlainString();
        List<BulkPriceChange.Line> lines = new ArrayList<>();
        for (Product p : products) {
            Money before = p.getPrice();
            p.reprice(change.apply(before, p.getSku().value()));
            audit.record(new AuditEntry(actor, AuditAction.PRICE_CHANGED, "product:" + p.getSlug().value(),
                    Map.of("price", before.toString()), Map.of("price", p.getPrice().toString(), "change", name, "rule", rule), null));
            if (lines.size() < PREVIEW_LINES) {
                lines.add(new BulkPriceChange.Line(p.getSku().value(), p.getName(), p.getSlug().value(), before, p.getPrice()));
            }
        }
        catalog.flush();
        return new BulkPriceChange(products.size(), lines, name);
    }

    private List<Product> selection(String categorySlug, String text) {
        Slug category = categorySlug == null || categorySlug.isBlank() ? null : parse("category", () -> new Slug(categorySlug.strip()));
        if (category != null && catalog.categoryBySlug(category).isEmpty()) {
            throw new InvalidInputException("category", "'" + categorySlug.strip() + "' is not a category");
        }
        if (text != null && text.length() > 100) {
            throw new InvalidInputException("text", "must be at most 100 characters");
        }
        List<Product> products = catalog.selection(category, text, BULK_MAX + 1);
        if (products.isEmpty()) {
            throw new InvalidInputException("category", "no product matches the selection");
        }
        if (products.size() > BULK_MAX) {
            throw new InvalidInputException("category", "more than " + BULK_MAX + " products match: narrow the selection");
        }
        return products;
    }

    /** Gives a product a type and attribute values, checked against the type's definitions. */
    public StaffProduct classify(String productSlug, String typeSlug, Map<String, String> attributes) {
        Product product = find(productSlug);
        ProductType type = catalog.productTypeBySlug(parse("type", () -> new Slug(typeSlug)))
                .orElseThrow(() -> new InvalidInputException("type", "'" + typeSlug + "' is not a product type"));
        product.classify(type, attributes == null ? Map.of() : attributes);
        catalog.flush();
        return StaffProduct.of(product);
    }

    public CategoryView createCategory(String slug, String name, String description, String parentSlug) {
        Slug parsed = parse("slug", () -> new Slug(slug));
        if (catalog.categoryBySlug(parsed).isPresent()) {
            throw new InvalidInputException("slug", "'" + slug + "' is already used by another category");
        }
        Category category = new Category(parsed, name, description);
        if (parentSlug != null && !parentSlug.isBlank()) {
            category.moveUnder(category("parent", parentSlug));
        }
        catalog.add(category);
        catalog.flush();
        return CategoryView.of(category);
    }

    /** Moves a category with its whole subtree; under itself or its own descendants is refused. */
    public CategoryView moveCategory(String slug, String newParentSlug) {
        Category category = catalog.categoryBySlug(parse("slug", () -> new Slug(slug)))
                .orElseThrow(() -> new NotFoundException("Category", slug));
        category.moveUnder(newParentSlug == null || newParentSlug.isBlank() ? null : category("parent", newParentSlug));
        catalog.flush();
        return CategoryView.of(category);
    }

    /** A product as staff edit it, with its attributes and its type's definitions. */
    public StaffProduct product(String slug) {
        return StaffProduct.of(find(slug));
    }

    private Product find(String slug) {
        Slug parsed;
        try {
            parsed = new Slug(slug);
        } catch (RuntimeException e) {
            throw new NotFoundException("Product", slug);
        }
        return catalog.productBySlug(parsed).orElseThrow(() -> new NotFoundException("Product", slug));
    }

    private Category category(String field, String slug) {
        Slug parsed = parse(field, () -> new Slug(slug));
        return catalog.categoryBySlug(parsed)
                .orElseThrow(() -> new InvalidInputException(field, "'" + slug + "' is not a category"));
    }

    private static Money money(BigDecimal amount, String currency) {
        if (amount == null) {
            throw new InvalidInputException("price", "is required");
        }
        try {
            return Money.of(amount, Currency.getInstance(currency == null ? "" : currency.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "must be a three-letter ISO 4217 code");
        }
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, e.getMessage() == null ? "is not valid" : e.getMessage());
        }
    }
}
