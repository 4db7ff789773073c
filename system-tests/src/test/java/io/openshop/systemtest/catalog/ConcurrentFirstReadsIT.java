package io.openshop.systemtest.catalog;

import io.openshop.domain.catalog.Product;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.DeploymentSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.tools.CatalogGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.identitymaps.CacheKey;
import org.eclipse.persistence.internal.identitymaps.IdentityMap;
import org.eclipse.persistence.jpa.JpaCache;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of products read for the first time by many clients at once, through the product
 * detail and the category listing, as right after a restart: no read may fail, and no product may
 * enter the shared cache without its category (issue 10: such a product answered 500 on every
 * read until the next restart).
 *
 * <p>The cache is made cold by clearing the whole shared cache in-container instead of restarting
 * the domain: the shared cache is the only state that a restart empties and these reads depend
 * on (the listing cache keeps ids and counts, never entities), so after {@code JpaCache.clear()}
 * every product is built from its row again exactly as after a restart, in seconds instead of
 * the half-minute a restart costs. (JPA's {@code evictAll} is not enough: EclipseLink only marks
 * the cached objects invalid and keeps them.)
 *
 * <p>Steps run in order; the client-side ones run in the test JVM, the others inside Payara.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentFirstReadsIT {

    private static final int PRODUCTS = 2_000;
    private static final int CLIENTS = 16;
    private static final int PAGE_SIZE = 50;
    private static final int LISTINGS_PER_PAGE = 4;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar(ConcurrentFirstReadsIT.class);
    }

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Test
    @Order(1)
    @RunAsClient
    void thousandsOfProductsAreGenerated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        String[] args = {"--url", TestSettings.dbUrl(), "--user", TestSettings.dbUser(),
                "--password-file", System.getProperty("shop.db.password.file"),
                "--products", String.valueOf(PRODUCTS), "--seed", "10", "--batch-size", "1000"};
        assertEquals(0, CatalogGenerator.run(args, stream, stream, false), out.toString(StandardCharsets.UTF_8));
        assertEquals(PRODUCTS, DatabaseSupport.count("select count(*) from product where sku like 'GEN-%'"));
    }

    @Test
    @Order(2)
    void theSharedCacheStartsCold() {
        em.getEntityManagerFactory().getCache().unwrap(JpaCache.class).clear();
        assertEquals(0, cachedProducts().size(), "no product is cached after the clearing");
    }

    @Test
    @Order(3)
    @RunAsClient
    void manyClientsReadingEveryProductForTheFirstTimeGetNoServerError() throws Exception {
        // Every page of every generated category, each listed by several clients at once while
        // the others read its products in detail: the same products are built concurrently.
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select c.slug, p.slug from product p join category c on c.id = p.category_id"
                     + " where p.sku like 'GEN-%' order by c.slug, p.created_at desc, p.id desc")) {
            while (rs.next()) {
                byCategory.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<String> paths = new ArrayList<>();
        byCategory.forEach((category, slugs) -> {
            for (int page = 0; page * PAGE_SIZE < slugs.size(); page++) {
                for (int i = 0; i < LISTINGS_PER_PAGE; i++) {
                    paths.add("api/products?category=" + category + "&page=" + page + "&size=" + PAGE_SIZE);
                }
                slugs.subList(page * PAGE_SIZE, Math.min(slugs.size(), (page + 1) * PAGE_SIZE))
                        .forEach(slug -> paths.add("api/products/" + slug));
            }
        });
        assertTrue(paths.size() > PRODUCTS, paths.size() + " reads");

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(paths);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    for (String path = queue.poll(); path != null; path = queue.poll()) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(TestSettings.baseUri().resolve(path))
                                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failures.add(response.statusCode() + " " + path + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            for (Future<?> f : clients) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " of " + paths.size() + " reads failed");
        assertEquals(paths.size(), ok.get());
    }

    @Test
    @Order(4)
    void everyCachedProductHasItsCategory() {
        ServerSession session = em.unwrap(JpaEntityManager.class).getServerSession();
        DatabaseMapping category = session.getDescriptor(Product.class).getMappingForAttributeName("category");
        List<Object> cached = cachedProducts();
        List<Object> withoutCategory = cached.stream()
                .filter(p -> category.getRealAttributeValueFromObject(p, session) == null).toList();
        assertTrue(cached.size() > 0, "the reads left products in the shared cache");
        assertEquals(List.of(), withoutCategory.stream().map(p -> ((Product) p).getSlug().value()).toList(),
                withoutCategory.size() + " of " + cached.size() + " cached products have no category");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theGeneratedProductsAreRemovedAgain() throws Exception {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from product where sku like 'GEN-%'");
            s.executeUpdate("delete from category where slug like 'generated-%'");
            s.executeUpdate("delete from category where slug = 'generated'");
            s.executeUpdate("delete from product_type where slug like 'generated-%'");
        }
        assertEquals(0, DatabaseSupport.count("select count(*) from product where sku like 'GEN-%'"));
    }

    /** The products in this instance's shared cache (those a weak reference still holds). */
    private List<Object> cachedProducts() {
        ServerSession session = em.unwrap(JpaEntityManager.class).getServerSession();
        ClassDescriptor descriptor = session.getDescriptor(Product.class);
        IdentityMap map = session.getIdentityMapAccessorInstance().getIdentityMap(descriptor);
        List<Object> products = new ArrayList<>();
        for (Enumeration<CacheKey> keys = map.keys(); keys.hasMoreElements(); ) {
            Object product = keys.nextElement().getObject();
            if (product != null) {
                products.add(product);
            }
        }
        return products;
    }
}
