package io.openshop.systemtest.catalog;

import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Variant;
import io.openshop.domain.inventory.StockLevel;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.ProductView;
import io.openshop.systemtest.support.DeploymentSupport;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared cache of catalog reads: what it keeps, that a committed change is seen at once, and
 * that it is wired to tell the other instances of a cluster exactly what changed.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogCacheIT {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar(CatalogCacheIT.class);
    }

    @EJB
    CatalogService catalog;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    @Test
    void aViewedProductAndItsVariantsStayInTheSharedCacheButStockNeverDoes() {
        ProductView view = catalog.view("organic-cotton-t-shirt", EUR);
        var cache = em.getEntityManagerFactory().getCache();
        assertTrue(cache.contains(Product.class, view.id()), "the product is cached");
        long categoryId = em.createQuery("select c.id from Category c where c.slug = :slug", Long.class)
                .setParameter("slug", view.category().slug()).getSingleResult();
        assertTrue(cache.contains(Category.class, categoryId), "its category is cached");
        long variantId = em.createQuery("select v.id from Variant v where v.sku = :sku", Long.class)
                .setParameter("sku", view.variants().get(0).sku()).getSingleResult();
        assertTrue(cache.contains(Variant.class, variantId), "its variants are cached");
        assertFalse(cache.contains(StockLevel.class, new StockLevel.Key(variantId, warehouseId())),
                "stock is never cached");
    }

    @Test
    void aCommittedChangeIsSeenByTheNextRead() throws Exception {
        String slug = "organic-cotton-t-shirt";
        ProductView cached = catalog.view(slug, EUR);
        String original = cached.name();
        try {
            rename(cached.id(), original + " (renamed)");
            assertEquals(original + " (renamed)", catalog.view(slug, EUR).name(),
                    "the change committed through JPA is in the cache");
        } finally {
            rename(cached.id(), original);
        }
        assertEquals(original, catalog.view(slug, EUR).name());
    }

    /**
     * Changes that bypass JPA (an operator's SQL, a bulk import) are not seen until the cache
     * is told: the operations guide says so, and this shows why, and that eviction is enough.
     */
    @Test
    void aChangeMadeBehindJpasBackNeedsAnEviction() throws Exception {
        String slug = "organic-cotton-t-shirt";
        ProductView cached = catalog.view(slug, EUR);
        String original = cached.name();
        try {
            setNameBySql(cached.id(), "Changed by SQL");
            assertEquals(original, catalog.view(slug, EUR).name(), "still the cached copy");
            em.getEntityManagerFactory().getCache().evict(Product.class, cached.id());
            assertEquals("Changed by SQL", catalog.view(slug, EUR).name(), "read again after eviction");
        } finally {
            setNameBySql(cached.id(), original);
            em.getEntityManagerFactory().getCache().evict(Product.class, cached.id());
        }
    }

    @Test
    void cachedCatalogEntitiesAreInvalidatedAcrossTheClusterThroughHazelcast() {
        ServerSession session = em.unwrap(JpaEntityManager.class).getServerSession();
        assertNotNull(session.getCommandManager(), "cache coordination is on");
        assertEquals("fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager",
                session.getCommandManager().getTransportManager().getClass().getName());
        assertEquals("shop-cache", session.getCommandManager().getChannel());
        for (Class<?> type : new Class<?>[] {Product.class, Variant.class, Category.class}) {
            ClassDescriptor descriptor = session.getDescriptor(type);
            assertFalse(descriptor.isIsolated(), type.getSimpleName() + " is shared");
            assertEquals(ClassDescriptor.INVALIDATE_CHANGED_OBJECTS, descriptor.getCacheSynchronizationType(),
                    type.getSimpleName() + " is invalidated on the other instances when it changes");
        }
        assertTrue(session.getDescriptor(StockLevel.class).isIsolated(), "stock is not in the shared cache");
    }

    private void rename(long productId, String name) throws Exception {
        tx.begin();
        try {
            em.joinTransaction();
            em.find(Product.class, productId).rename(name);
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private void setNameBySql(long productId, String name) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update product set name = ?, version = version + 1 where id = ?")) {
            s.setString(1, name);
            s.setLong(2, productId);
            assertEquals(1, s.executeUpdate());
        }
    }

    private long warehouseId() {
        return em.createQuery("select min(w.id) from Warehouse w", Long.class).getSingleResult();
    }
}
