package io.openshop.systemtest.workflow;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.StripeSupport;
import io.openshop.systemtest.support.WorkflowSupport;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server restart in the middle of the workflow loses nothing and repeats nothing: a batch of
 * orders is paid while the test holds their stock row (so every first step is stuck inside its
 * transaction), the Payara domain is restarted (asadmin restart-domain) with all of them in
 * flight, and afterwards every order has been processed exactly once: FULFILLING, its stock taken
 * out once, one confirmation email.
 */
@ExtendWith(SharedDeployment.class)
class WorkflowRestartIT {

    private static final int ORDERS = 12;
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        smtp = MailSupport.start();
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyOrderPaidBeforeARestartIsProcessedExactlyOnceAfterIt() throws Exception {
        String token = StripeSupport.adminToken();
        String sku = CommerceSupport.newSkuWithStock("5.00", 100);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            numbers.add(WorkflowSupport.place(sku, 3, "restart" + i + "@example.org"));
        }
        // Hold the SKU's stock row, so every order's COMMIT_STOCK step blocks inside its transaction:
        // the restart then finds all of them in flight (none can have committed), deterministically.
        try (Connection blocker = DatabaseSupport.connect()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("select s.on_hand from stock_level s join product_variant v"
                    + " on v.id = s.variant_id where v.sku = ? for update")) {
                lock.setString(1, sku);
                lock.executeQuery().close();
            }
            for (String number : numbers) {
                HttpResponse<String> paid = WorkflowSupport.capture(number, token, CommerceSupport.newKey());
                assertEquals(200, paid.statusCode(), paid.body());
            }
            assertEquals(0, DatabaseSupport.count("select count(*) from workflow_step s join customer_order o on o.id = s.subject_id"
                    + " where s.kind in ('COMMIT_STOCK', 'REQUEST_FULFILMENT', 'QUEUE_CONFIRMATION') and s.status = 'DONE' and o.number = any (?)", sqlArray(numbers)),
                    "no order step can be done while its stock row is held");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(5000); // the restart has begun by now; its shutdown must not wait for us for ever
                    blocker.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            restartDomain();
            release.join();
        }

        MailSupport.awaitSql(300, () -> numbers.stream().allMatch(n -> {
            try {
                return WorkflowSupport.sent("order-confirmation/" + n) == 1;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        for (String number : numbers) {
            assertEquals("FULFILLING", WorkflowSupport.status(number), number);
            assertEquals(3, WorkflowSupport.orderSteps(number, "DONE"), number);
            assertEquals(1, WorkflowSupport.sent("order-confirmation/" + number), number);
        }
        assertEquals(100 - 3L * ORDERS, CommerceSupport.onHand(sku), "every order's stock taken out exactly once");
        assertEquals(0, CommerceSupport.reserved(sku));
        MailSupport.await(60, () -> numbers.stream().allMatch(n -> !MailSupport.withSubject(smtp, "Order " + n + " confirmed").isEmpty()));
        for (String number : numbers) {
            assertEquals(1, MailSupport.withSubject(smtp, "Order " + number + " confirmed").size(), number + ": one email, none lost");
        }
    }

    private static java.sql.Array sqlArray(List<String> numbers) throws java.sql.SQLException {
        try (java.sql.Connection c = DatabaseSupport.connect()) {
            return c.createArrayOf("varchar", numbers.toArray());
        }
    }

    /** Restarts the domain Arquillian started, and waits until the shop is ready again. */
    private static void restartDomain() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port", System.getProperty("shop.admin.port"), "--interactive=false", "restart-domain", "shop")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS) && process.exitValue() == 0, "restart-domain: " + output);
        MailSupport.await(300, () -> {
            try {
                return HttpSupport.get("/health/ready").statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        });
        assertEquals(200, HttpSupport.get("/health/ready").statusCode(), "the shop is back after the restart");
    }
}
