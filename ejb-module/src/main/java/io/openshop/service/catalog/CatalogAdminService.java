package io.openshop.service.catalog;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.OptionSpec;
import io.openshop.domain.catalog.PriceChange;
import io.openshop.domain.catalog.PriceList;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductImage;
import io.openshop.domain.catalog.ProductColumn;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.ConcurrentChangeException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @Inject
    ImageService images;

    @Resource
    SessionContext caller;

    /** Makes a product that is on sale at once (the API's create). */
    public StaffProduct createProduct(ProductDraft draft) {
        return create(draft, ProductStatus.PUBLISHED);
    }

    /**
     * Makes a product: a {@code DRAFT} that shoppers do not see until it is published (the back
     * office's create), or {@code PUBLISHED}, on sale at once. With a type, its attributes start empty.
     */
    public StaffProduct create(ProductDraft draft, ProductStatus initial) {
        if (initial == ProductStatus.UNPUBLISHED) {
            throw new InvalidInputException("status", "must be DRAFT or PUBLISHED for a new product");
        }
        Category category = category("category", draft.categorySlug());
        Slug slug = parse("slug", () -> new Slug(draft.slug()));
        Sku sku = parse("sku", () -> new Sku(draft.sku()));
        if (catalog.productBySlug(slug).isPresent()) {
            throw new InvalidInputException("slug", "'" + slug.value() + "' is already used by another product");
        }
        if (catalog.skuTaken(sku)) {
            throw new InvalidInputException("sku", "'" + sku.value() + "' is already used by another product or variant");
        }
        Product product = Product.draft(category, slug, sku, draft.name(), draft.description(), money(draft.price(), draft.currency()));
        if (draft.typeSlug() != null && !draft.typeSlug().isBlank()) {
            product.classify(type(draft.typeSlug()), Map.of());
        }
        if (initial == ProductStatus.PUBLISHED) {
            product.publish();
        }
        catalog.add(product);
        catalog.flush();
        record(AuditAction.PRODUCT_CREATED, product, Map.of(), Map.of("status", product.getStatus().name()));
        return staff(product);
    }

    /**
     * Changes a product's name, description and base price, provided nobody changed it since
     * the caller read version {@code expectedVersion}.
     */
    public StaffProduct updateProduct(String productSlug, long expectedVersion, String name, String description,
                                      BigDecimal price, String currency) {
        return staff(change(productSlug, expectedVersion, name, description, price, currency));
    }

    private Product change(String productSlug, long expectedVersion, String name, String description,
                           BigDecimal price, String currency) {
        Product product = edited(productSlug, expectedVersion);
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
        return edit(productSlug, expectedVersion, name, description, price, currency, null, attributes);
    }

    /**
     * As {@link #edit(String, long, String, String, BigDecimal, String, Map)}, giving the product
     * the type {@code typeSlug} (unchanged when null) whose attributes the values are checked against.
     */
    public StaffProduct edit(String productSlug, long expectedVersion, String name, String description, BigDecimal price,
                             String currency, String typeSlug, Map<String, String> attributes) {
        Product product = change(productSlug, expectedVersion, name, description, price, currency);
        ProductType type = typeSlug == null || typeSlug.isBlank() ? product.getProductType() : type(typeSlug);
        if (type != null) {
            product.classify(type, attributes == null ? Map.of() : attributes);
            catalog.flush();
        }
        return staff(product);
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

    /** Puts a product on the storefront (a draft or an unpublished one); audited. */
    public StaffProduct publish(String productSlug, long expectedVersion) {
        return changeStatus(productSlug, expectedVersion, Product::publish, AuditAction.PRODUCT_PUBLISHED);
    }

    /** Takes a product off the storefront, keeping everything about it; audited. */
    public StaffProduct unpublish(String productSlug, long expectedVersion) {
        return changeStatus(productSlug, expectedVersion, Product::unpublish, AuditAction.PRODUCT_UNPUBLISHED);
    }

    private StaffProduct changeStatus(String productSlug, long expectedVersion, java.util.function.Consumer<Product> change,
                                      AuditAction action) {
        Product product = edited(productSlug, expectedVersion);
        ProductStatus before = product.getStatus();
        change.accept(product);
        catalog.flush();
        record(action, product, Map.of("status", before.name()), Map.of("status", product.getStatus().name()));
        return staff(product);
    }

    /**
     * Sets the ways a product varies (at most three options) and so its variants, one per
     * combination: those whose combination survives keep their SKU, stock and own price.
     */
    public StaffProduct defineOptions(String productSlug, long expectedVersion, List<OptionSpec> options) {
        Product product = edited(productSlug, expectedVersion);
        if (options == null || options.size() > Product.MAX_OPTIONS) {
            throw new InvalidInputException("options", "a product has at most " + Product.MAX_OPTIONS + " options");
        }
        product.defineOptions(options);
        catalog.flush();
        record(AuditAction.PRODUCT_CHANGED, product, Map.of(), Map.of("variants", String.valueOf(product.getVariants().size())));
        return staff(product);
    }

    /** Sets the variants' own prices by SKU, in the base currency; a null amount gives a variant the product's price again. */
    public StaffProduct priceVariants(String productSlug, long expectedVersion, Map<String, BigDecimal> prices) {
        Product product = edited(productSlug, expectedVersion);
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : (prices == null ? Map.<String, BigDecimal>of() : prices).entrySet()) {
            Sku sku = parse("sku", () -> Sku.parse(e.getKey()));
            Money own = e.getValue() == null ? null : Money.of(e.getValue(), product.getPrice().currency());
            Money was = product.variantBySku(sku).map(v -> v.getPriceOverride()).orElse(null);
            product.priceVariant(sku, own);
            if (!java.util.Objects.equals(was, own)) {
                before.put(sku.value(), String.valueOf(was));
                after.put(sku.value(), String.valueOf(own));
            }
        }
        catalog.flush();
        if (!after.isEmpty()) {
            record(AuditAction.PRICE_CHANGED, product, before, after);
        }
        return staff(product);
    }

    /** Sets what price lists charge for a product, by list code; a null amount takes the product off that list. */
    public StaffProduct setListPrices(String productSlug, long expectedVersion, Map<String, BigDecimal> amounts) {
        Product product = edited(productSlug, expectedVersion);
        Map<String, PriceList> lists = new HashMap<>();
        catalog.priceLists().forEach(l -> lists.put(l.getCode(), l));
        Map<Long, Money> current = catalog.listEntries(product);
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : (amounts == null ? Map.<String, BigDecimal>of() : amounts).entrySet()) {
            PriceList list = lists.get(e.getKey());
            if (list == null) {
                throw new InvalidInputException("priceList", "'" + e.getKey() + "' is not a price list");
            }
            Money amount = e.getValue() == null ? null : list.entry(e.getValue());
            Money was = current.get(list.getId());
            if (!java.util.Objects.equals(was, amount)) {
                catalog.setListEntry(list, product, amount);
                before.put(list.getCode(), String.valueOf(was));
                after.put(list.getCode(), String.valueOf(amount));
            }
        }
        if (!after.isEmpty()) {
            product.listPricesChanged();
            catalog.flush();
            record(AuditAction.PRICE_CHANGED, product, before, after);
        }
        return staff(product);
    }

    /** Adds a picture (PNG or JPEG, checked by {@link ImageService#store}) at the end of a product's pictures. */
    public StaffProduct addPicture(String productSlug, long expectedVersion, byte[] data, String altText) {
        Product product = edited(productSlug, expectedVersion);
        product.addImage(new ProductImage(images.store(data), altText == null || altText.isBlank() ? product.getName() : altText));
        catalog.flush();
        return staff(product);
    }

    /** Takes a picture off a product (the stored image stays: other products may show it). */
    public StaffProduct removePicture(String productSlug, long expectedVersion, String contentHash) {
        Product product = edited(productSlug, expectedVersion);
        if (product.getImages().stream().noneMatch(i -> i.getContentHash().equals(contentHash))) {
            throw new InvalidInputException("image", "is not a picture of this product");
        }
        product.removeImage(contentHash);
        catalog.flush();
        return staff(product);
    }

    /** Makes a picture the one listings show. */
    public StaffProduct showPictureFirst(String productSlug, long expectedVersion, String contentHash) {
        Product product = edited(productSlug, expectedVersion);
        product.showFirst(contentHash);
        catalog.flush();
        return staff(product);
    }

    /**
     * The back office's product list: drafts and unpublished products too, newest first, filtered
     * by text (in the name, or the exact product SKU), category subtree and status.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT}) // every desk looks products up
    public Page<StaffProductRow> products(String text, String categorySlug, ProductStatus status, Sort<ProductColumn> sort,
                                          PageRequest page) {
        if (text != null && text.length() > 100) {
            throw new InvalidInputException("q", "must be at most 100 characters");
        }
        Slug category = categorySlug == null || categorySlug.isBlank() ? null : category("category", categorySlug.strip()).getSlug();
        return catalog.staffProducts(text == null || text.isBlank() ? null : text, category, status, sort, page).map(StaffProductRow::of);
    }

    /** The product types staff can give a product, by name. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public List<TypeRef> productTypes() {
        return catalog.productTypes().stream().map(t -> new TypeRef(t.getSlug().value(), t.getName())).toList();
    }

    /** What a product type asks for, in its order: the form a product of that type is edited with. */
    public List<StaffProduct.AttributeSpec> definitions(String typeSlug) {
        return StaffProduct.specs(type(typeSlug));
    }

    /** A product type as a choice: its slug and name. */
    public record TypeRef(String slug, String name) implements java.io.Serializable {
    }

    /** Gives a product a type and attribute values, checked against the type's definitions. */
    public StaffProduct classify(String productSlug, String typeSlug, Map<String, String> attributes) {
        Product product = find(productSlug);
        ProductType type = type(typeSlug);
        product.classify(type, attributes == null ? Map.of() : attributes);
        catalog.flush();
        return staff(product);
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
        return staff(find(slug));
    }

    private ProductType type(String typeSlug) {
        return catalog.productTypeBySlug(parse("type", () -> new Slug(typeSlug)))
                .orElseThrow(() -> new InvalidInputException("type", "'" + typeSlug + "' is not a product type"));
    }

    /** The product, provided nobody changed it since the caller read version {@code expectedVersion}. */
    private Product edited(String productSlug, long expectedVersion) {
        Product product = find(productSlug);
        if (product.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Product", productSlug);
        }
        return product;
    }

    private StaffProduct staff(Product product) {
        return StaffProduct.of(product, catalog.priceLists(), catalog.listEntries(product));
    }

    private void record(AuditAction action, Product product, Map<String, String> before, Map<String, String> after) {
        audit.record(new AuditEntry(caller.getCallerPrincipal().getName(), action, "product:" + product.getSlug().value(),
                before, after, null));
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
