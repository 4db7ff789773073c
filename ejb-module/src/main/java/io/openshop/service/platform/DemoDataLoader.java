package io.openshop.service.platform;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Sku;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        if (!catalog.categories().isEmpty()) {
            LOG.info("Demo data: the catalog already has categories; nothing loaded");
            return;
        }
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
        em.flush(); // a rule the database enforces fails here, failing the deployment, not silently at commit
        LOG.info(() -> "Demo data: loaded " + categories.size() + " categories and " + products.size() + " products");
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
