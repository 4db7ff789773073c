package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.ImportSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk exports through the Jakarta Batch job: every product in the import's columns, as CSV and as
 * JSON, and each file imported again changes nothing (the round trip that lets a merchant edit the
 * catalog in a spreadsheet).
 */
@ExtendWith(SharedDeployment.class)
class ProductExportIT {

    private static final Duration WITHIN = Duration.ofSeconds(120);

    @Test
    void theCatalogExportedAsCsvAndJsonImportsBackUnchanged() throws Exception {
        String token = StaffSupport.adminToken();
        String prefix = ("EXP-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        String csv = "sku,name,description,category,price,currency,type,attributes,prices,stock\n"
                + prefix + "-1,Export mug,\"A mug, \"\"big\"\"\",home-kitchen,12.50,EUR,,,apparel-winter-sale=11.00,berlin=7;rotterdam=2\n"
                + prefix + "-2,Export shirt,Two\\nlines,home-kitchen,29.90,EUR,clothing,material=Linen;fit=Slim,,berlin=1\n"
                + prefix + "-3,Export plain,,home-kitchen,5.00,EUR,,,,\n";
        String variants = "sku,product,name,category,price,currency,options,stock\n"
                + prefix + "-4,,Export tee,home-kitchen,20.00,EUR,size=S|M,\n"
                + prefix + "-4S," + prefix + "-4,,,,,size=S,berlin=2\n"
                + prefix + "-4M," + prefix + "-4,,,31.00,,size=M,\n";
        JsonObject imported = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", csv).getJsonNumber("id").longValue(), WITHIN);
        assertEquals(3, imported.getInt("rowsCreated"), imported.toString());
        JsonObject withOptions = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", variants).getJsonNumber("id").longValue(), WITHIN);
        assertEquals(1, withOptions.getInt("rowsCreated"), withOptions.toString());
        assertEquals(0, withOptions.getInt("rowsFailed"), withOptions.toString());

        JsonObject exported = ImportSupport.exportAndWait(token, "csv", WITHIN);
        assertEquals("COMPLETED", exported.getString("status"), exported.toString());
        long rows = DatabaseSupport.count("select (select count(*) from product) + (select count(*) from product_variant where signature <> '')");
        assertTrue(exported.getInt("rowsWritten") >= 6 && exported.getInt("rowsWritten") <= rows,
                "every product and variant written once: " + exported + " of " + rows);
        HttpResponse<String> file = ImportSupport.download(token, exported.getJsonNumber("id").longValue());
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        List<String> lines = file.body().lines().toList();
        assertEquals("sku,product,name,description,category,price,currency,status,tax_class,weight_grams,type,attributes,options,prices,stock",
                lines.get(0));
        String ours = lines.stream().filter(l -> l.startsWith(prefix)).collect(Collectors.joining("\n"));
        assertTrue(ours.contains(prefix + "-1,,Export mug,\"A mug, \"\"big\"\"\",home-kitchen,12.50,EUR,PUBLISHED,standard,500,,,,"
                + "apparel-winter-sale=11.00,berlin=7;rotterdam=2"), ours);
        assertTrue(ours.contains(prefix + "-2,,Export shirt,Two\\nlines,home-kitchen,29.90,EUR,PUBLISHED,standard,500,clothing,"
                + "fit=Slim;material=Linen,,,berlin=1"), ours);
        assertTrue(ours.contains(prefix + "-4,,Export tee,,home-kitchen,20.00,EUR,PUBLISHED,standard,500,,,size=S|M,,\n"
                + prefix + "-4S," + prefix + "-4,,,,,,,,,,,size=S,,berlin=2\n"
                + prefix + "-4M," + prefix + "-4,,,,31.00,,,,,,,size=M,,"), "a product's row, then its variants' rows: " + ours);
        assertEquals(6, ours.lines().count(), ours);

        JsonObject again = ImportSupport.awaitOver(token, ImportSupport.submit(token, "text/csv", lines.get(0) + "\n" + ours + "\n")
                .getJsonNumber("id").longValue(), WITHIN);
        assertEquals(6, again.getInt("rowsUnchanged"), "the export imported again changes nothing: " + again);
        assertEquals(0, again.getInt("rowsFailed"), again.toString());

        JsonObject json = ImportSupport.exportAndWait(token, "json", WITHIN);
        assertEquals("COMPLETED", json.getString("status"), json.toString());
        HttpResponse<String> jsonFile = ImportSupport.download(token, json.getJsonNumber("id").longValue());
        assertEquals(200, jsonFile.statusCode());
        JsonArray all = Json.createReader(new StringReader(jsonFile.body())).readArray();
        assertEquals(json.getInt("rowsWritten"), all.size(), "one object per product and variant written");
        JsonArrayBuilder ourObjects = Json.createArrayBuilder();
        all.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("sku").startsWith(prefix)).forEach(ourObjects::add);
        JsonArray mine = ourObjects.build();
        assertEquals(6, mine.size());
        JsonObject medium = mine.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("sku").endsWith("-4M")).findFirst().orElseThrow();
        assertEquals(prefix + "-4", medium.getString("product"));
        assertEquals("M", medium.getJsonObject("options").getString("size"));
        JsonObject mug = mine.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("sku").endsWith("-1")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("12.50"), mug.getJsonNumber("price").bigDecimalValue());
        assertEquals(7, mug.getJsonObject("stock").getInt("berlin"));
        assertEquals(new BigDecimal("11.00"), mug.getJsonObject("prices").getJsonNumber("apparel-winter-sale").bigDecimalValue());
        JsonObject back = ImportSupport.awaitOver(token, ImportSupport.submit(token, "application/json", mine.toString())
                .getJsonNumber("id").longValue(), WITHIN);
        assertEquals(6, back.getInt("rowsUnchanged"), "the JSON export imported again changes nothing: " + back);

        HttpResponse<String> wrong = HttpSupport.send("POST", "/api/admin/catalog/exports?format=xml", null, "Authorization", "Bearer " + token);
        assertEquals(400, wrong.statusCode(), wrong.body());
    }
}
