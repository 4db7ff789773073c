package io.openshop.systemtest.platform;

import io.openshop.service.platform.Housekeeping;
import io.openshop.service.platform.ScheduledJob;
import io.openshop.service.platform.ScheduledRuns;
import io.openshop.systemtest.support.DeploymentSupport;
import io.openshop.systemtest.support.InContainerSql;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly housekeeping, run in the server against the real schema: what is past its retention
 * goes (abandoned carts with their lines, sign-in attempts, sent emails, idempotency keys, payment
 * events, finished workflow steps), what is younger or still needed stays (a checked-out cart, an
 * unsent email, a parked step). And the ledger that lets one instance of a cluster run each tick
 * of a scheduled job: of many claims of one tick at once exactly one wins.
 */
@ExtendWith(ArquillianExtension.class)
class HousekeepingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar(HousekeepingIT.class, InContainerSql.class);
    }

    @EJB
    Housekeeping housekeeping;

    @EJB
    ScheduledRuns runs;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    private final String tag = UUID.randomUUID().toString().replace("-", "");

    @Test
    void dataPastItsRetentionGoesAndWhatIsYoungerOrStillNeededStays() throws Exception {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(200));
        Instant recent = now.minus(Duration.ofDays(2));
        long oldCart = cart("old", old, null);
        long checkedOut = cart("done", old, old);
        long freshCart = cart("fresh", recent, null);
        execute("insert into cart_line (id, cart_id, variant_id, sku, quantity) select nextval('cart_line_seq'), ?, id, sku, 1"
                + " from product_variant order by id limit 1", oldCart);
        execute("insert into login_attempt (email, remote_address, succeeded, at) values (?, '192.0.2.1', false, ?)", tag + "@old.test", ts(old));
        execute("insert into login_attempt (email, remote_address, succeeded, at) values (?, '192.0.2.1', false, ?)", tag + "@new.test", ts(recent));
        mail("sent-old", old, old);
        mail("unsent-old", old, null);
        mail("sent-new", recent, recent);
        execute("insert into idempotency_key (scope, key, request_hash, created_at) values ('test', ?, repeat('a', 64), ?)", tag + "-old", ts(old));
        execute("insert into idempotency_key (scope, key, request_hash, created_at) values ('test', ?, repeat('a', 64), ?)", tag + "-new", ts(recent));
        execute("insert into payment_event (gateway, event_id, type, received_at) values ('test', ?, 't', ?)", tag + "-old", ts(old));
        execute("insert into payment_event (gateway, event_id, type, received_at) values ('test', ?, 't', ?)", tag + "-new", ts(recent));
        long subject = Math.abs(tag.hashCode()) + 900_000_000L;
        execute("insert into workflow_step (kind, subject_id, status, next_attempt_at, created_at, done_at) values ('SEND_MAIL', ?, 'DONE', ?, ?, ?)",
                subject, ts(old), ts(old), ts(old));
        execute("insert into workflow_step (kind, subject_id, status, next_attempt_at, created_at) values ('COMMIT_STOCK', ?, 'PARKED', ?, ?)",
                subject, ts(old), ts(old));
        execute("insert into scheduled_run (job, tick, instance) values (?, ?, 'test')", "t-" + tag, ts(old));
        execute("insert into scheduled_run (job, tick, instance) values (?, ?, 'test')", "t-" + tag, ts(recent.plus(Duration.ofDays(1))));
        UUID visitor = UUID.randomUUID();
        execute("insert into visitor_event (at, visitor, kind) values (?, cast(? as uuid), 'PAGE_VIEW')", ts(old), visitor.toString());
        execute("insert into visitor_event (at, visitor, kind) values (?, cast(? as uuid), 'PAGE_VIEW')", ts(recent), visitor.toString());
        execute("insert into live_event (at, kind, text) values (?, 'ORDER', ?)", ts(old), "old " + tag);
        execute("insert into live_event (at, kind, text) values (?, 'ORDER', ?)", ts(now.minus(Duration.ofHours(1))), "new " + tag);
        for (String age : List.of("old", "new")) {
            execute("insert into stock_sync (key, request_hash, actor, created_at) values (?, ?, 'erp@shop.test', ?)", age + "-" + tag,
                    "0".repeat(64), ts(age.equals("old") ? old : now));
            execute("insert into stock_sync_line (sync_key, line, sku, warehouse, status) values (?, 1, 'X', 'Y', 'REFUSED')", age + "-" + tag);
        }

        Map<Housekeeping.Kind, Integer> purged = housekeeping.purge(now);

        assertEquals(0, count("select count(*) from cart where id = ?", oldCart), "the abandoned cart went");
        assertEquals(0, count("select count(*) from cart_line where cart_id = ?", oldCart), "with its lines");
        assertEquals(1, count("select count(*) from cart where id = ?", checkedOut), "a checked-out cart stays (an order names it)");
        assertEquals(1, count("select count(*) from cart where id = ?", freshCart), "a recent cart stays");
        assertEquals(0, count("select count(*) from login_attempt where email = ?", tag + "@old.test"));
        assertEquals(1, count("select count(*) from login_attempt where email = ?", tag + "@new.test"));
        assertEquals(0, count("select count(*) from mail_outbox where dedupe_key = ?", tag + "sent-old"), "an old sent email went");
        assertEquals(1, count("select count(*) from mail_outbox where dedupe_key = ?", tag + "unsent-old"), "an unsent one stays, however old");
        assertEquals(1, count("select count(*) from mail_outbox where dedupe_key = ?", tag + "sent-new"));
        assertEquals(0, count("select count(*) from idempotency_key where key = ?", tag + "-old"));
        assertEquals(1, count("select count(*) from idempotency_key where key = ?", tag + "-new"));
        assertEquals(0, count("select count(*) from payment_event where event_id = ?", tag + "-old"));
        assertEquals(1, count("select count(*) from payment_event where event_id = ?", tag + "-new"));
        assertEquals(0, count("select count(*) from workflow_step where subject_id = ? and status = 'DONE'", subject), "a finished step went");
        assertEquals(1, count("select count(*) from workflow_step where subject_id = ? and status = 'PARKED'", subject), "a parked one stays");
        assertEquals(1, count("select count(*) from scheduled_run where job = ?", "t-" + tag), "an old scheduled run went, the new one stays");
        assertEquals(1, count("select count(*) from visitor_event where visitor = cast(? as uuid)", visitor.toString()),
                "a visitor's event past 90 days went, the recent one stays");
        assertEquals(0, count("select count(*) from live_event where text = ?", "old " + tag), "yesterday's live event went");
        assertEquals(1, count("select count(*) from live_event where text = ?", "new " + tag), "an hour-old one stays");
        assertEquals(0, count("select count(*) from stock_sync_line where sync_key = ?", "old-" + tag), "an old synchronisation went, with its lines");
        assertEquals(1, count("select count(*) from stock_sync_line where sync_key = ?", "new-" + tag), "a new one stays");
        for (Housekeeping.Kind kind : Housekeeping.Kind.values()) {
            assertTrue(purged.get(kind) >= 1, kind + " removed at least the row made here: " + purged);
        }
        assertEquals(0, housekeeping.purge(now).values().stream().mapToInt(Integer::intValue).sum(), "a second run finds nothing left");
        // the parked step and the unsent email were made for this test only: the workflow's own tests count parked steps
        execute("delete from workflow_step where subject_id = ?", subject);
        execute("delete from mail_outbox where dedupe_key like ?", tag + "%");
        execute("delete from scheduled_run where job = ?", "t-" + tag);
    }

    @Test
    void ofManyClaimsOfOneTickExactlyOneWinsAndTheNextTickIsFreeAgain() throws Exception {
        // a tick far in the past, which no timer of the running shop claims
        Instant tick = Instant.parse("2001-02-03T04:05:00Z");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(executor.submit(() -> {
                start.await();
                return runs.claim(ScheduledJob.RESERVATION_EXPIRY, tick.plusMillis(250));
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        assertEquals(1, won, "one of eight simultaneous claims of a minute wins");
        assertEquals(false, runs.claim(ScheduledJob.RESERVATION_EXPIRY, tick.plusSeconds(59)), "later in the same minute: taken");
        assertEquals(true, runs.claim(ScheduledJob.RESERVATION_EXPIRY, tick.plusSeconds(60)), "the next minute is free");
        assertEquals(true, runs.claim(ScheduledJob.WORKFLOW_RETRY, tick), "another job's tick is its own");
        assertEquals(2, count("select count(*) from scheduled_run where job = 'reservation-expiry' and tick in (?, ?)",
                ts(tick), ts(tick.plusSeconds(60))));
        execute("delete from scheduled_run where tick >= ? and tick <= ?", ts(tick), ts(tick.plusSeconds(60)));
    }

    private long cart(String name, Instant touched, Instant checkedOutAt) throws SQLException {
        long id = count("select nextval('cart_seq')");
        execute("insert into cart (id, token, currency, created_at, updated_at, checked_out_at, version) values (?, ?, 'EUR', ?, ?, ?, 0)",
                id, (tag + name + "-housekeeping-token-0123456789").substring(0, 48), ts(touched), ts(touched),
                checkedOutAt == null ? null : ts(checkedOutAt));
        return id;
    }

    private void mail(String key, Instant created, Instant sent) throws SQLException {
        execute("insert into mail_outbox (dedupe_key, recipient, subject, body_text, created_at, sent_at) values (?, ?, 's', 'b', ?, ?)",
                tag + key, "housekeeping@example.org", ts(created), sent == null ? null : ts(sent));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        InContainerSql.execute(dataSource, sql, parameters);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return InContainerSql.number(dataSource, sql, parameters);
    }
}
