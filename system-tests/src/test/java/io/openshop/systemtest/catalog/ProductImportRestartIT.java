package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.ImportSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import killed with its server (SIGKILL, in the middle of its chunks) resumes from its last
 * checkpoint when the server is back, and every row ends up written exactly once: as many products
 * as rows, and as many stock movements, none twice, none missing.
 */
@ExtendWith(SharedDeployment.class)
class ProductImportRestartIT {

    private static final int ROWS = 15_000;

    @Test
    void anImportKilledWithItsServerResumesAndWritesEveryRowOnce() throws Exception {
        String prefix = ("KIL-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        StringBuilder csv = new StringBuilder("sku,name,category,price,currency,stock\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(prefix).append('-').append(i).append(",Restart test product ").append(prefix).append(' ').append(i)
                    .append(",home-kitchen,").append(1 + i % 90).append(".90,EUR,berlin=").append(1 + i % 7).append('\n');
        }
        String token = StaffSupport.adminToken();
        long id = ImportSupport.submit(token, "text/csv", csv.toString()).getJsonNumber("id").longValue();

        Instant deadline = Instant.now().plusSeconds(120);
        long read = 0;
        while (read < 1_000 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            read = DatabaseSupport.count("select rows_read from catalog_import where id = ?", id);
        }
        assertTrue(read >= 1_000 && read < ROWS, "the job was in the middle of its rows when killed: " + read);
        killAndStartDomain();
        assertTrue(DatabaseSupport.count("select rows_read from catalog_import where id = ?", id) < ROWS,
                "the job had not finished before the kill");

        JsonObject done = ImportSupport.awaitOver(StaffSupport.adminToken(), id, Duration.ofMinutes(5));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(1, done.getInt("restarts"), "resumed once: " + done);
        assertEquals(ROWS, done.getInt("rowsRead"), "every row read once (counts are committed with their chunk)");
        assertEquals(ROWS, done.getInt("rowsCreated"), done.toString());
        assertEquals(0, done.getInt("rowsFailed"), done.toString());
        assertEquals(ROWS, DatabaseSupport.count("select count(*) from product where sku like ?", prefix + "-%"), "no row missing");
        assertEquals(ROWS, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku like ? and m.reason = 'IMPORTED'", prefix + "-%"), "each row's stock set once, none twice");
        long units = 0;
        for (int i = 0; i < ROWS; i++) {
            units += 1 + i % 7;
        }
        assertEquals(units, DatabaseSupport.count("select coalesce(sum(l.on_hand), 0) from stock_level l join product_variant v"
                + " on v.id = l.variant_id where v.sku like ?", prefix + "-%"), "1 to 7 units by row, as the file says");
    }

    /** SIGKILL to the domain's server (no shutdown of any kind), then the domain started again, until the shop is ready. */
    private static void killAndStartDomain() throws Exception {
        Path domain = Path.of(System.getProperty("payara.home"), "glassfish", "domains", "shop");
        long pid = Long.parseLong(Files.readString(domain.resolve("config").resolve("pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        assertTrue(server.destroyForcibly(), "SIGKILL sent to the server");
        server.onExit().get(60, TimeUnit.SECONDS);
        Process start = new ProcessBuilder(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--interactive=false", "start-domain", "shop").redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(300, TimeUnit.SECONDS) && start.exitValue() == 0, "start-domain: " + output);
        MailSupport.await(300, () -> {
            try {
                // the health endpoint answers before the application has started: wait for the API itself
                return HttpSupport.getOutsideContract("/api/categories").statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        });
        assertEquals(200, HttpSupport.get("/api/categories").statusCode(), "the shop is back");
    }
}
