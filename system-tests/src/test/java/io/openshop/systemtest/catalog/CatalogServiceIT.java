package io.openshop.systemtest.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.ProductSummary;
import io.openshop.service.catalog.ProductView;
import io.openshop.service.platform.SchemaMigrator;
import io.openshop.systemtest.support.DeploymentSupport;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog service inside Payara Server, on the migrated schema and the demo data. */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar(CatalogServiceIT.class);
    }

    @EJB
    CatalogService catalog;

    @EJB
    SchemaMigrator migrator;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    @Test
    void theSchemaIsMigratedBeforeTheShopStarts() throws SQLException {
        assertNotNull(migrator.schemaVersion());
        assertFalse("none".equals(migrator.schemaVersion()));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            assertTrue(rs.getLong(1) >= 1, "at least one migration recorded as applied");
        }
    }

    @Test
    void theDemoCatalogIsLoadedOnce() {
        assertEquals(5, catalog.topCategories().size());
        assertTrue(catalog.categories().size() > 5, "with subcategories below them");
        assertTrue(catalog.productCount() >= 50, "at least 50 demo products, found " + catalog.productCount());
    }

    @Test
    void pagesAreNewestFirstWithoutOverlap() {
        Page<ProductSummary> first = catalog.offers(null, new PageRequest(0, 10), EUR);
        Page<ProductSummary> second = catalog.offers(null, new PageRequest(1, 10), EUR);
        assertEquals(10, first.items().size());
        assertEquals(first.total(), second.total());
        Set<String> skus = new HashSet<>();
        first.items().forEach(p -> skus.add(p.sku()));
        second.items().forEach(p -> assertTrue(skus.add(p.sku()), "no product on two pages"));
        List<ProductSummary> all = first.items();
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).createdAt().isAfter(all.get(i - 1).createdAt()), "newest first");
        }
    }

    @Test
    void aCategoryListsOnlyItsOwnProducts() {
        Page<ProductSummary> apparel = catalog.productsIn("apparel", new PageRequest(0, 100));
        assertFalse(apparel.items().isEmpty());
        Set<String> slugs = new HashSet<>();
        apparel.items().forEach(p -> slugs.add(p.category().slug()));
        assertEquals(Set.of("apparel", "tops", "outerwear"), slugs, "the whole subtree and nothing else");
        assertThrows(NotFoundException.class, () -> catalog.productsIn("no-such-category", new PageRequest(0, 10)));
    }

    @Test
    void aProductIsFoundBySlugAndAMissingOneIsNotFound() {
        ProductSummary any = catalog.offers(null, new PageRequest(0, 1), EUR).items().get(0);
        ProductView same = catalog.view(any.slug(), EUR);
        assertEquals(any.sku(), same.sku());
        assertEquals(any.name(), same.name());
        assertEquals(any.createdAt(), same.createdAt());
        // Business exceptions cross the EJB boundary as they are, not wrapped in EJBException.
        assertThrows(NotFoundException.class, () -> catalog.view("no-such-product", EUR));
        assertThrows(NotFoundException.class, () -> catalog.view("Not A Slug", EUR));
        assertThrows(InvalidInputException.class, () -> catalog.offers(null, new PageRequest(0, 0), EUR));
    }

    @Test
    void theDatabaseItselfRefusesWhatTheDomainRefuses() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long categoryId;
            try (var rs = s.executeQuery("select id from category where slug = 'apparel'")) {
                rs.next();
                categoryId = rs.getLong(1);
            }
            String existingSku;
            try (var rs = s.executeQuery("select sku from product limit 1")) {
                rs.next();
                existingSku = rs.getString(1);
            }
            String insert = "insert into product (id, category_id, slug, sku, name, price_amount, price_currency)"
                    + " values (nextval('product_seq'), " + categoryId + ", '%s', '%s', 'Test', %s, '%s')";
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(insert, "dup-sku-test", existingSku, "1.00", "EUR")),
                    "duplicate SKU");
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(insert, "neg-price-test", "NEG-PRICE-1", "-1.00", "EUR")),
                    "negative price");
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(insert, "Bad Slug", "BAD-SLUG-1", "1.00", "EUR")),
                    "malformed slug");
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(insert, "bad-currency", "BAD-CUR-1", "1.00", "eu")),
                    "malformed currency");
        }
    }
}
