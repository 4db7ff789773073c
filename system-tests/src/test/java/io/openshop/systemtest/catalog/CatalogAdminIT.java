package io.openshop.systemtest.catalog;

import io.openshop.domain.shared.ConcurrentChangeException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.CategoryView;
import io.openshop.service.catalog.ProductDraft;
import io.openshop.service.catalog.StaffProduct;
import io.openshop.systemtest.support.DeploymentSupport;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff changing the catalog: the rules, the clear refusals, and who may do it at all. */
@ExtendWith(ArquillianExtension.class)
class CatalogAdminIT {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = DeploymentSupport.shopEar(CatalogAdminIT.class, CatalogManagerActor.class);
        ear.addAsManifestResource("in-container/glassfish-application.xml", "glassfish-application.xml");
        ear.getAsType(WebArchive.class, DeploymentSupport.WAR)
                .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("in-container/ejb-jar.xml", "ejb-jar.xml");
        return ear;
    }

    @EJB
    CatalogAdminService admin;

    @EJB
    CatalogService catalog;

    @EJB
    CatalogManagerActor manager;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    /** What these tests made goes again, so that other tests see the demo catalog as loaded. */
    @AfterEach
    void removeWhatWasMade() throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("delete from product where slug like 'admin-test-%'");
            s.executeUpdate("update category set parent_id = null where slug like 'admin-%'");
            s.executeUpdate("delete from category where slug like 'admin-%'");
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyStaffMayChangeTheCatalog() {
        assertThrows(EJBAccessException.class, () -> admin.moveCategory("tops", "outerwear"));
        assertThrows(EJBAccessException.class, () -> admin.createProduct(
                new ProductDraft("tops", "intruder", "INTRUDER-1", "Intruder", "", BigDecimal.ONE, "EUR")));
        assertEquals("apparel", catalog.category("tops").parent(), "nothing moved");
    }

    @Test
    void aNewProductIsSoldAtOnceAndDuplicatesAreRefusedByName() throws Exception {
        String slug = unique("admin-test-mug");
        String sku = slug.toUpperCase().replace("ADMIN-TEST-MUG", "ATM");
        StaffProduct created = manager.call(() -> admin.createProduct(
                new ProductDraft("home-kitchen", slug, sku, "Enamel Camp Mug", "Chip-resistant enamel.", new BigDecimal("12.50"), "EUR")));
        assertEquals(new BigDecimal("12.50"), catalog.view(slug, EUR).price().amount());
        assertEquals(sku, created.sku());
        assertEquals(1, catalog.view(slug, EUR).variants().size(), "a product without options has its default variant");

        InvalidInputException slugTaken = assertThrows(InvalidInputException.class, () -> manager.call(() -> admin.createProduct(
                new ProductDraft("home-kitchen", slug, sku + "X", "Another Mug", "", BigDecimal.TEN, "EUR"))));
        assertEquals("slug", slugTaken.field());
        InvalidInputException skuTaken = assertThrows(InvalidInputException.class, () -> manager.call(() -> admin.createProduct(
                new ProductDraft("home-kitchen", slug + "-2", "APP-TSH-001-NAVY-M", "Another Mug", "", BigDecimal.TEN, "EUR"))));
        assertEquals("sku", skuTaken.field(), "a variant's SKU counts as taken too");
        assertEquals("price", assertThrows(InvalidInputException.class, () -> manager.call(() -> admin.createProduct(
                new ProductDraft("home-kitchen", slug + "-3", sku + "Y", "Mug", "", new BigDecimal("-1"), "EUR")))).field());
        assertEquals("category", assertThrows(InvalidInputException.class, () -> manager.call(() -> admin.createProduct(
                new ProductDraft("no-such-category", slug + "-4", sku + "Z", "Mug", "", BigDecimal.ONE, "EUR")))).field());
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefusedAndAFreshOneIsSeenAtOnce() throws Exception {
        String slug = unique("admin-test-lamp");
        StaffProduct created = manager.call(() -> admin.createProduct(new ProductDraft("home-kitchen", slug,
                slug.toUpperCase(), "Desk Lamp", "", new BigDecimal("40.00"), "EUR")));
        long version = manager.call(() -> admin.product(slug)).version();
        manager.call(() -> admin.updateProduct(slug, version, "Desk Lamp", "Warm light.", new BigDecimal("35.00"), "EUR"));
        assertEquals(new BigDecimal("35.00"), catalog.view(slug, EUR).price().amount(), "the new price, not the cached one");
        assertThrows(ConcurrentChangeException.class, () -> manager.call(() ->
                admin.updateProduct(slug, version, "Desk Lamp", "", new BigDecimal("1.00"), "EUR")));
        assertEquals(new BigDecimal("35.00"), catalog.view(slug, EUR).price().amount(), "the stale write changed nothing");
        assertEquals(created.sku(), catalog.view(slug, EUR).sku(), "the same product, changed in place");
    }

    @Test
    void anEnumAttributeOutsideItsSetIsRefused() throws Exception {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> manager.call(() ->
                admin.classify("organic-cotton-t-shirt", "clothing", Map.of("material", "Silk", "fit", "Regular"))));
        assertTrue(refused.getMessage().contains("material"), refused.getMessage());
        assertEquals("Cotton", catalog.view("organic-cotton-t-shirt", EUR).attributes().get("material"), "nothing changed");
        manager.call(() -> admin.classify("organic-cotton-t-shirt", "clothing", Map.of("material", "Bamboo", "fit", "Regular", "organic", "yes")));
        assertEquals("Bamboo", catalog.view("organic-cotton-t-shirt", EUR).attributes().get("material"));
        manager.call(() -> admin.classify("organic-cotton-t-shirt", "clothing", Map.of("material", "Cotton", "fit", "Regular", "organic", "yes")));
        assertThrows(InvalidInputException.class, () -> manager.call(() -> admin.classify("organic-cotton-t-shirt", "no-such-type", Map.of())));
    }

    @Test
    void aSubtreeMovesWholeAndACycleIsRefused() throws Exception {
        String top = unique("admin-top");
        String middle = unique("admin-mid");
        String leaf = unique("admin-leaf");
        manager.call(() -> admin.createCategory(top, "Top", "", null));
        manager.call(() -> admin.createCategory(middle, "Middle", "", top));
        manager.call(() -> admin.createCategory(leaf, "Leaf", "", middle));
        String product = unique("admin-test-leaf-product");
        manager.call(() -> admin.createProduct(new ProductDraft(leaf, product, product.toUpperCase(), "Leaf Thing", "",
                BigDecimal.ONE, "EUR")));

        InvalidInputException cycle = assertThrows(InvalidInputException.class, () -> manager.call(() -> admin.moveCategory(top, leaf)));
        assertEquals("parent", cycle.field());
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());

        manager.call(() -> admin.moveCategory(middle, "outdoor"));
        CategoryView moved = catalog.category(leaf);
        assertEquals(middle, moved.parent());
        assertEquals("outdoor", moved.ancestors().get(0).slug(), "the leaf came along");
        assertTrue(catalog.productsIn("outdoor", new io.openshop.domain.shared.PageRequest(0, 100)).items().stream()
                .anyMatch(p -> p.slug().equals(product)), "the moved subtree's products list under its new parent");
        assertFalse(catalog.productsIn(top, new io.openshop.domain.shared.PageRequest(0, 100)).items().stream()
                .anyMatch(p -> p.slug().equals(product)), "and no longer under the old one");
    }

    /** Two opposite moves at once: the second waits for the first and is then refused, never a cycle. */
    @Test
    void concurrentOppositeMovesCannotMakeACycle() throws Exception {
        String a = unique("admin-race-a");
        String b = unique("admin-race-b");
        manager.call(() -> admin.createCategory(a, "A", "", null));
        manager.call(() -> admin.createCategory(b, "B", "", null));
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            moveBySql(first, a, b);
            CompletableFuture<Void> opposite = CompletableFuture.runAsync(() -> {
                try {
                    moveBySql(second, b, a);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(opposite.isDone(), "the second move waits for the first");
            first.commit();
            Exception refused = assertThrows(Exception.class, () -> opposite.get(30, TimeUnit.SECONDS));
            assertTrue(String.valueOf(refused.getCause().getCause().getMessage()).contains("cycle"), refused.toString());
            second.rollback();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from category c join category p on p.id = c.parent_id where c.slug = ? and p.slug = ?")) {
            s.setString(1, b);
            s.setString(2, a);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "b did not go under a");
            }
        }
    }

    private static void moveBySql(Connection c, String child, String parent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update category set parent_id = (select id from category where slug = ?) where slug = ?")) {
            s.setString(1, parent);
            s.setString(2, child);
            s.executeUpdate();
        }
    }
}
