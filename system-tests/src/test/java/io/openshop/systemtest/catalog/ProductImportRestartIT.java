package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.DomainConfig;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.ImportSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.ServerLog;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import, then an export, each killed with its server (SIGKILL, in the middle of its chunks),
 * resume from their last checkpoints when the server is back, and every row ends up written
 * exactly once: as many products as the import's rows, and as many stock movements, none twice,
 * none missing; every product of the catalog (the import's fifteen thousand among them, so the
 * export has many chunks whatever the catalog held before) in the export's file, and no SKU twice.
 */
@ExtendWith(SharedDeployment.class)
class ProductImportRestartIT {

    private static final int ROWS = 15_000;

    @Test
    void anImportThenAnExportKilledWithTheirServerResumeAndWriteEveryRowOnce() throws Exception {
        String prefix = ("KIL-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        StringBuilder csv = new StringBuilder("sku,name,category,price,currency,stock\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(prefix).append('-').append(i).append(",Restart test product ").append(prefix).append(' ').append(i)
                    .append(",home-kitchen,").append(1 + i % 90).append(".90,EUR,berlin=").append(1 + i % 7).append('\n');
        }
        String token = StaffSupport.adminToken();
        long id = ImportSupport.submit(token, "text/csv", csv.toString()).getJsonNumber("id").longValue();
        long read = whenAtLeast("select rows_read from catalog_import where id = ?", id);
        assertTrue(read >= 1_000 && read < ROWS, "the import was in the middle of its rows when killed: " + read);
        killAndStartDomain();
        assertTrue(DatabaseSupport.count("select rows_read from catalog_import where id = ?", id) < ROWS,
                "the import had not finished before the kill");

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

        Set<String> before = new HashSet<>(DatabaseSupport.texts("select sku from product"));
        long exportable = DatabaseSupport.count("select (select count(*) from product) + (select count(*) from product_variant"
                + " where signature <> '')");
        long export = ImportSupport.startExport(StaffSupport.adminToken(), "json");
        long written = whenAtLeast("select rows_written from catalog_export where id = ?", export);
        assertTrue(written >= 1_000 && written < exportable, "the export was in the middle of its rows when killed: " + written);
        killAndStartDomain();
        assertTrue(DatabaseSupport.count("select rows_written from catalog_export where id = ?", export) < exportable,
                "the export had not finished before the kill");

        JsonObject exported = ImportSupport.awaitExport(StaffSupport.adminToken(), export, Duration.ofMinutes(5));
        assertEquals("COMPLETED", exported.getString("status"), exported.toString());
        assertEquals(1, exported.getInt("restarts"), "resumed once: " + exported);
        HttpResponse<String> file = ImportSupport.download(StaffSupport.adminToken(), export);
        assertEquals(200, file.statusCode());
        JsonArray rows = Json.createReader(new StringReader(file.body())).readArray();
        assertEquals(exported.getInt("rowsWritten"), rows.size(), "the count is the file's");
        assertEquals(exportable, rows.size(), "a row for each product and each variant of a product with options, none twice, none missing");
        List<String> skus = rows.stream().map(r -> r.asJsonObject().getString("sku")).toList();
        assertEquals(skus.size(), new HashSet<>(skus).size(), "no row written twice");
        Set<String> missing = new HashSet<>(before);
        skus.forEach(missing::remove);
        assertEquals(Set.of(), missing.stream().limit(5).collect(java.util.stream.Collectors.toSet()),
                "every product there before the export is in its file: " + missing.size() + " missing");
    }

    /**
     * At start-up the shop resumes the imports its last run left unfinished, a few seconds after
     * the application started. An import submitted in those seconds is not one of them: it runs
     * once, is never "resumed" alongside itself, and creates each of its products once. The delay
     * is set long enough for the deployment to be answering before the recovery looks, and the
     * import is submitted two seconds before the moment the log names, so that it runs then.
     */
    @Test
    void anImportSubmittedBeforeTheStartUpsRecoveryLooksRunsOnce() throws Exception {
        long offset = ServerLog.end();
        DomainConfig.set("shop.catalog.jobs.recovery-delay", "30");
        Instant looks;
        try {
            SharedDeployment.redeploy();
            looks = recoveryLooksAt(offset);
        } finally {
            DomainConfig.delete(List.of("shop.catalog.jobs.recovery-delay")); // read at start-up only: the next deployment has the default
        }
        String prefix = ("NEW-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        int rows = 8_000;
        StringBuilder csv = new StringBuilder("sku,name,category,price,currency,stock\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append('-').append(i).append(",Fresh start product ").append(i).append(",home-kitchen,")
                    .append(1 + i % 50).append(".50,EUR,rotterdam=").append(1 + i % 3).append('\n');
        }
        String token = StaffSupport.adminToken();
        long wait = Duration.between(Instant.now(), looks.minusSeconds(2)).toMillis();
        assertTrue(wait > 0, "the deployment answered before the recovery looked, at " + looks);
        Thread.sleep(wait);
        long id = ImportSupport.submit(token, "text/csv", csv.toString()).getJsonNumber("id").longValue();
        JsonObject done = ImportSupport.awaitOver(token, id, Duration.ofMinutes(5));

        assertEquals(1, DatabaseSupport.count("select count(*) from catalog_import where id = ? and created_at < ?::timestamptz"
                + " and finished_at > ?::timestamptz", id, looks.toString(), looks.toString()),
                "the import was running when the recovery looked, at " + looks + " (make it bigger if it was over by then): " + done);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(0, done.getInt("restarts"), "run once, never resumed: " + done);
        assertEquals(rows, done.getInt("rowsRead"), done.toString());
        assertEquals(rows, done.getInt("rowsCreated"), done.toString());
        assertEquals(0, done.getInt("rowsFailed"), done.toString());
        assertEquals(rows, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku like ? and m.reason = 'IMPORTED'", prefix + "-%"), "each row's stock set once");
        assertEquals(List.of(), ServerLog.linesFrom(offset).stream()
                        .filter(l -> l.contains("resume import " + id) || l.contains("importId " + id + " resumed")).toList(),
                "the recovery did not try to start or restart it (Jakarta Batch refuses a restart while it runs; a second start would run it twice)");
    }

    /** The moment the deployment's recovery of interrupted jobs looks, as its start-up logged it. */
    private static Instant recoveryLooksAt(long offset) throws Exception {
        Pattern said = Pattern.compile("are looked for at (\\S+Z) ");
        for (int i = 0; i < 50; i++) {
            List<String> lines = ServerLog.linesFrom(offset);
            for (int l = lines.size() - 1; l >= 0; l--) {
                Matcher found = said.matcher(lines.get(l));
                if (found.find()) {
                    return Instant.parse(found.group(1));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the deployment logged no time for its recovery of interrupted imports");
    }

    /** The count the query gives once it reaches a thousand (a chunk committed), asked every 50 ms for up to two minutes. */
    private static long whenAtLeast(String query, long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        long count = 0;
        while (count < 1_000 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            count = DatabaseSupport.count(query, id);
        }
        return count;
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
