package io.openshop.service.catalog.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;

import java.util.logging.Logger;

/**
 * Counts how EclipseLink's shared cache serves the catalog ({@link CacheMetrics}, cache
 * "catalog"): every entity of a shared-cached class handed to a transaction (a clone made from
 * the shared copy) is a read; every shared copy built or refreshed from a database row is a load.
 * A descriptor event listener, added once at start-up to the classes cache.xml caches, costs a
 * counter increment per event; a session profiler would give the same counts but makes EclipseLink
 * take a lock on every cache access.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
public class SharedCacheListener {

    private static final Logger LOG = Logger.getLogger(SharedCacheListener.class.getName());

    @PersistenceUnit(unitName = "shop")
    EntityManagerFactory factory;

    @Inject
    CacheMetrics metrics;

    @PostConstruct
    void listen() {
        Session session = factory.unwrap(Session.class);
        Counting counting = new Counting(metrics);
        int classes = 0;
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.getCachePolicy().isSharedIsolation() && !descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(counting);
                classes++;
            }
        }
        LOG.fine("Counting shared-cache reads and loads of " + classes + " entity classes");
    }

    /** The listener itself, apart from the bean so that its callbacks are no business methods. */
    private static final class Counting extends DescriptorEventAdapter {

        private final CacheMetrics metrics;

        Counting(CacheMetrics metrics) {
            this.metrics = metrics;
        }

        @Override
        public void postClone(DescriptorEvent event) {
            metrics.read(CacheMetrics.Cache.CATALOG);
        }

        @Override
        public void postBuild(DescriptorEvent event) {
            if (!event.getSession().isUnitOfWork()) {
                metrics.loaded(CacheMetrics.Cache.CATALOG);
            }
        }

        @Override
        public void postRefresh(DescriptorEvent event) {
            if (!event.getSession().isUnitOfWork()) {
                metrics.loaded(CacheMetrics.Cache.CATALOG);
            }
        }
    }
}
