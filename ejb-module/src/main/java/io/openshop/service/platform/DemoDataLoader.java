package io.openshop.service.platform;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.promotion.CouponRepository;
import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponKind;
import io.openshop.domain.catalog.AttributeDefinition;
import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.OptionSpec;
import io.openshop.domain.catalog.PriceList;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductImage;
import io.openshop.domain.catalog.ProductType;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.inventory.InventoryRepository;
import io.openshop.domain.inventory.Warehouse;
import io.openshop.domain.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import io.openshop.service.catalog.ImageService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty shop with a demo catalog on first start when {@code shop.demo.enabled} is
 * true. Loading is idempotent: it happens once, even with several instances starting at the
 * same time, because the check and the inserts run under one PostgreSQL advisory lock.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final long LOCK_KEY = 0x5_0000_0001L;

    @Inject
    @ConfigProperty(name = "shop.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CatalogRepository catalog;

    @Inject
    InventoryRepository inventory;

    @Inject
    CouponRepository coupons;

    @EJB
    ImageService images;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    /** Lifecycle callbacks run without a transaction unless they ask for one, as this one does. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (catalog.categories().isEmpty()) {
            loadCatalog();
        } else {
            LOG.info("Demo data: the catalog already has categories; no catalog loaded");
        }
        if (((Number) em.createNativeQuery("select count(*) from price_list").getSingleResult()).longValue() == 0) {
            loadPriceLists();
        }
        if (inventory.warehouses().isEmpty()) {
            loadVariantsAndStock();
        }
        if (((Number) em.createNativeQuery("select count(*) from product_type").getSingleResult()).longValue() == 0) {
            loadProductTypes();
        }
        if (((Number) em.createNativeQuery("select count(*) from image").getSingleResult()).longValue() == 0) {
            loadPictures();
        }
        for (Coupon coupon : demoCoupons()) {
            if (coupons.coupon(coupon.getCode()).isEmpty()) {
                coupons.add(coupon);
            }
        }
        em.flush(); // a rule the database enforces fails here, failing the deployment, not silently at commit
    }

    /** Coupons a person trying the shop can use at checkout (README lists them), each with a generous limit. */
    static List<Coupon> demoCoupons() {
        return List.of(
                Coupon.define("WELCOME10", CouponKind.PERCENTAGE, BigDecimal.TEN, null, 10_000, null, null),
                Coupon.define("FREESHIP", CouponKind.FREE_SHIPPING, null, null, 10_000, null, null),
                Coupon.define("SAVE5", CouponKind.FIXED_AMOUNT, BigDecimal.valueOf(5), Currency.getInstance("EUR"), 10_000,
                        null, null));
    }

    private void loadCatalog() {
        Map<String, Category> categories = new HashMap<>();
        for (String[] row : rows("demo/categories.tsv", 4)) { // parents come before their children
            Category category = new Category(new Slug(row[0]), row[1], row[2]);
            if (!row[3].isBlank()) {
                category.moveUnder(categories.get(row[3]));
            }
            catalog.add(category);
            categories.put(row[0], category);
        }
        List<String[]> products = rows("demo/products.tsv", 7);
        for (String[] row : products) {
            Category category = categories.get(row[0]);
            if (category == null) {
                throw new IllegalStateException("Demo product " + row[1] + " names an unknown category " + row[0]);
            }
            catalog.add(new Product(category, new Slug(row[1]), new Sku(row[2]), row[3], row[6], Money.of(row[4], row[5])));
        }
        em.flush();
        LOG.info(() -> "Demo data: loaded " + categories.size() + " categories and " + products.size() + " products");
    }

    /** A standard USD list for everything, and a EUR sale on apparel that runs for the next 90 days. */
    private void loadPriceLists() {
        PriceList usd = new PriceList(new Slug("usd-standard"), "Standard USD prices", Currency.getInstance("USD"), 0, null, null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PriceList sale = new PriceList(new Slug("apparel-winter-sale"), "Apparel winter sale (20% off)",
                Currency.getInstance("EUR"), 10, now.minusDays(1), now.plusDays(90));
        catalog.add(usd);
        catalog.add(sale);
        em.flush();
        // Bulk entries in SQL: USD at about 1.10 x EUR ending in .99, the sale at 80 % of the base price.
        em.createNativeQuery("insert into price_list_entry (price_list_id, product_id, amount)"
                        + " select ?1, p.id, greatest(round(p.price_amount * 1.10) - 0.01, 0.99) from product p where p.price_currency = 'EUR'")
                .setParameter(1, usd.getId()).executeUpdate();
        em.createNativeQuery("insert into price_list_entry (price_list_id, product_id, amount)"
                        + " select ?1, p.id, round(p.price_amount * 0.80, 2) from product p where p.category_id in ("
                        + " with recursive t(id) as (select id from category where slug = 'apparel'"
                        + " union all select c.id from category c join t on c.parent_id = t.id) select id from t)")
                .setParameter(1, sale.getId()).executeUpdate();
        LOG.info("Demo data: loaded the USD price list and the apparel sale");
    }

    /**
     * Options for a few products (the T-shirt in two colours and three sizes: six variants, the
     * navy ones dearer), two warehouses, and stock for every variant: mostly plenty, some low,
     * some none, the same on every run.
     */
    private void loadVariantsAndStock() {
        defineOptions("organic-cotton-t-shirt", List.of(
                new OptionSpec("colour", "Colour", List.of("White", "Navy")),
                new OptionSpec("size", "Size", List.of("S", "M", "L"))));
        defineOptions("merino-wool-crew-sweater", List.of(new OptionSpec("size", "Size", List.of("S", "M", "L", "XL"))));
        defineOptions("leather-chelsea-boots", List.of(new OptionSpec("size", "EU size", List.of("40", "41", "42", "43", "44", "45"))));
        defineOptions("trail-running-shoes", List.of(new OptionSpec("size", "EU size", List.of("39", "40", "41", "42", "43", "44"))));
        catalog.productBySlug(new Slug("organic-cotton-t-shirt")).ifPresent(tee -> tee.getVariants().stream()
                .filter(v -> "Navy".equals(v.getOptions().get("colour")))
                .forEach(v -> v.overridePrice(Money.of("26.99", "EUR"))));
        em.flush();

        Warehouse berlin = new Warehouse("berlin", "Berlin fulfilment centre", "DE");
        Warehouse rotterdam = new Warehouse("rotterdam", "Rotterdam fulfilment centre", "NL");
        inventory.add(berlin);
        inventory.add(rotterdam);
        em.flush();
        // Stock from the SKU's hash: deterministic, about one variant in seven sold out, some running low.
        em.createNativeQuery("insert into stock_level (variant_id, warehouse_id, on_hand)"
                        + " select v.id, w.id, case when abs(hashtext(v.sku)) % 7 = 0 then 0"
                        + " when w.code = 'berlin' then abs(hashtext(v.sku)) % 25 else abs(hashtext(v.sku || w.code)) % 4 end"
                        + " from product_variant v cross join warehouse w")
                .executeUpdate();
        // The white small T-shirt is sold out and the navy medium one is running low, for the demo.
        em.createNativeQuery("update stock_level set on_hand = case when v.sku like '%-WHIT-S' then 0 else 1 end"
                        + " from product_variant v where v.id = stock_level.variant_id"
                        + " and (v.sku like 'APP-TSH-001-WHIT-S' or v.sku like 'APP-TSH-001-NAVY-M')")
                .executeUpdate();
        LOG.info("Demo data: loaded options, variants, two warehouses and stock");
    }

    /** A drawn picture for every demo product (two for the T-shirt, to show a gallery). */
    private void loadPictures() {
        int count = 0;
        for (String[] row : rows("demo/products.tsv", 7)) {
            Product product = catalog.productBySlug(new Slug(row[1])).orElse(null);
            if (product == null) {
                continue;
            }
            Category top = product.getCategory();
            while (top.getParent() != null) {
                top = top.getParent();
            }
            String hash = images.store(DemoPictures.draw(row[2], top.getSlug().value()));
            product.addImage(new ProductImage(hash, product.getName()));
            count++;
        }
        catalog.productBySlug(new Slug("organic-cotton-t-shirt")).ifPresent(tee ->
                tee.addImage(new ProductImage(images.store(DemoPictures.draw("APP-TSH-001-NAVY", "apparel")),
                        tee.getName() + " in navy")));
        int drawn = count;
        LOG.info(() -> "Demo data: drew " + drawn + " product pictures");
    }

    /** Two product types with typed attributes, and the apparel and footwear classified by them. */
    private void loadProductTypes() {
        Map<String, ProductType> types = Map.of(
                "clothing", new ProductType(new Slug("clothing"), "Clothing", List.of(
                        new AttributeDefinition("material", "Material", AttributeKind.ENUM,
                                List.of("Cotton", "Wool", "Linen", "Denim", "Cashmere", "Bamboo", "Synthetic"), true, true),
                        new AttributeDefinition("fit", "Fit", AttributeKind.ENUM, List.of("Slim", "Regular", "Relaxed"), false, true),
                        new AttributeDefinition("organic", "Organic", AttributeKind.BOOLEAN, null, false, false))),
                "footwear", new ProductType(new Slug("footwear"), "Footwear", List.of(
                        new AttributeDefinition("upper", "Upper", AttributeKind.ENUM,
                                List.of("Leather", "Suede", "Canvas", "Textile", "Synthetic"), true, true),
                        new AttributeDefinition("waterproof", "Waterproof", AttributeKind.BOOLEAN, null, false, true),
                        new AttributeDefinition("sole-mm", "Sole height (mm)", AttributeKind.NUMBER, null, false, false))));
        types.values().forEach(em::persist);
        em.flush();
        for (String[] row : rows("demo/attributes.tsv", 3)) {
            Map<String, String> values = new HashMap<>();
            for (String pair : row[2].split(";")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv[1]);
            }
            catalog.productBySlug(new Slug(row[0])).ifPresent(p -> p.classify(types.get(row[1]), values));
        }
        LOG.info("Demo data: loaded product types and attributes");
    }

    private void defineOptions(String slug, List<OptionSpec> options) {
        catalog.productBySlug(new Slug(slug)).ifPresent(p -> p.defineOptions(options));
    }

    /** Reads a tab-separated resource, skipping its header line. */
    static List<String[]> rows(String resource, int columns) {
        InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
                }
                return cells;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
