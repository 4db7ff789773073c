package io.openshop.service.platform;

import io.openshop.service.platform.infrastructure.EdgeCaches;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the purges the catalog's changes wrote (table edge_purge, written by triggers in the
 * changing transaction: V074) to every HTTP cache in front of the shop
 * ({@code shop.edge.purge-urls}, comma-separated, such as {@code http://127.0.0.1:8088}), every
 * quarter of a second, so that a cached answer outlives its change by well under a second.
 * Rows are deleted in the transaction that sent them, only once every cache took them: a purge
 * that fails is sent again at the next round, and the caches' maximum age ({@code s-maxage})
 * bounds what a shopper sees meanwhile. Price-list windows that opened or closed since the last
 * round are purged too (their moment changes no row). Every instance of a cluster runs this;
 * rows are taken with SKIP LOCKED, so each purge goes out from one of them. A shop without an
 * edge cache only empties the table, every ten seconds.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class EdgePurger {

    private static final Logger LOG = Logger.getLogger(EdgePurger.class.getName());
    static final long ROUND_MS = 250;
    static final long IDLE_ROUND_MS = 10_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    EdgePurges purges;

    @Inject
    @ConfigProperty(name = "shop.edge.purge-urls")
    Optional<String> purgeUrls;

    private EdgeCaches caches;
    private ScheduledFuture<?> rounds;
    private OffsetDateTime windowsSeen;
    private boolean failing;

    @PostConstruct
    void start() {
        caches = EdgeCaches.of(purgeUrls.orElse(""));
        windowsSeen = OffsetDateTime.now(ZoneOffset.UTC);
        long period = caches.isEmpty() ? IDLE_ROUND_MS : ROUND_MS;
        rounds = scheduler.scheduleWithFixedDelay(this::round, period, period, TimeUnit.MILLISECONDS);
        if (!caches.isEmpty()) {
            LOG.info(() -> "Purging the edge caches " + caches + " by surrogate key");
        }
    }

    @PreDestroy
    void stop() {
        rounds.cancel(false);
    }

    /** One round: the windows that opened or closed, then every waiting purge, in batches. */
    private void round() {
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            if (!caches.isEmpty()) {
                purges.priceListWindows(windowsSeen, now);
            }
            windowsSeen = now;
            while (purges.send(caches) == EdgePurges.BATCH) {
                // a full batch: more may wait
            }
            if (failing) {
                failing = false;
                LOG.info("Edge purges are going through again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true; // said once, not every quarter of a second; the rows wait for the next round
                LOG.log(Level.WARNING, "Edge purges failed; they are kept and sent again at the next round: " + e.getMessage());
            }
        }
    }
}
