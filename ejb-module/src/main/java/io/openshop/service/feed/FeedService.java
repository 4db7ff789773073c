package io.openshop.service.feed;

import io.openshop.domain.feed.FeedFile;
import io.openshop.domain.feed.FeedGeneration;
import io.openshop.domain.feed.FeedStore;
import io.openshop.domain.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The sitemap and the product feed: served as stored, regenerated from the published catalog
 * when it has changed — by {@link FeedJob} at most every {@code shop.feed.refresh-minutes}
 * (default 15: marketplaces fetch a feed a few times a day), at once by an administrator, and on
 * the first read of a shop that never generated them. Links are absolute, on
 * {@code shop.web.base-url}.
 */
@Stateless
@PermitAll
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class.getName());

    @Inject
    FeedStore store;

    @EJB
    FeedService self;

    @Inject
    @ConfigProperty(name = "shop.web.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "shop.feed.refresh-minutes", defaultValue = "15")
    int refreshMinutes;

    @Inject
    @ConfigProperty(name = "shop.feed.sitemap-urls", defaultValue = "50000")
    int urlsPerSitemap;

    @Inject
    @ConfigProperty(name = "shop.feed.title", defaultValue = "OpenShop")
    String title;

    Clock clock = Clock.systemUTC();

    /** A feed file by its path below the shop's address; the first read of a shop without feeds generates them. */
    public Optional<FeedFile> file(String name) {
        if (store.lastGeneration().isEmpty()) {
            self.generate(false);
        }
        return store.file(name);
    }

    /** An administrator has the feeds generated now, changed or not. */
    @RolesAllowed(Roles.ADMIN)
    public FeedGeneration refreshNow() {
        return self.generate(true);
    }

    /** The timer's check: generates when the catalog changed and the last generation is old enough. */
    public void refreshIfDue() {
        Optional<FeedGeneration> last = store.lastGeneration();
        if (last.isEmpty() || (!last.get().state().equals(store.catalogState())
                && !last.get().generatedAt().plus(Duration.ofMinutes(Math.max(0, refreshMinutes))).isAfter(clock.instant()))) {
            self.generate(false);
        }
    }

    /** The last generation, for the back office and the API. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
    public Optional<FeedGeneration> lastGeneration() {
        return store.lastGeneration();
    }

    /**
     * Generates every file in one transaction, one instance at a time; unless {@code always}, skips
     * when another instance generated the same catalog state meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FeedGeneration generate(boolean always) {
        store.lockForGeneration();
        String state = store.catalogState();
        Optional<FeedGeneration> last = store.lastGeneration();
        if (!always && last.isPresent() && last.get().state().equals(state)) {
            return last.get();
        }
        Instant now = clock.instant();
        long started = System.nanoTime();
        FeedGenerator.Output output = new FeedGenerator(baseUrl, urlsPerSitemap, title).generate(store, state, now);
        FeedGeneration generation = new FeedGeneration(state, now, output.products(), output.files().size());
        store.replaceAll(output.files(), generation);
        LOG.info(() -> String.format("Generated %d feed files for %d products in %d ms", output.files().size(), output.products(),
                (System.nanoTime() - started) / 1_000_000));
        return generation;
    }
}
