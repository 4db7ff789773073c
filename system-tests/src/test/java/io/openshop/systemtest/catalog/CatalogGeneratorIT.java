package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.tools.CatalogGenerator;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog generator against the shop's real schema: products with typed attributes and
 * variants that the database's own checks accept, and that the running shop serves and filters.
 * Removes what it made afterwards, so the other tests see the demo catalog only.
 */
@ExtendWith(SharedDeployment.class)
class CatalogGeneratorIT {

    private static int generate(String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"--url", TestSettings.dbUrl(), "--user", TestSettings.dbUser(),
                "--password-file", System.getProperty("shop.db.password.file"), "--seed", "7", "--batch-size", "150"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = CatalogGenerator.run(all, stream, stream, false);
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void generatedProductsHaveTypedAttributesVariantsAndStockThatTheShopServes() throws Exception {
        generate("--products", "400");
        assertEquals(400, DatabaseSupport.count("select count(*) from product where sku like 'GEN-%'"));
        assertEquals(0, DatabaseSupport.count("select count(*) from product p where sku like 'GEN-%'"
                + " and not exists (select 1 from product_variant v where v.product_id = p.id)"), "every product has a variant");
        assertEquals(0, DatabaseSupport.count("select count(*) from product_variant v join product p on p.id = v.product_id"
                + " where p.sku like 'GEN-%' and not exists (select 1 from stock_level s where s.variant_id = v.id)"),
                "every variant has stock rows");
        long varying = DatabaseSupport.count("select count(*) from product p where sku like 'GEN-%'"
                + " and (select count(*) from product_variant v where v.product_id = p.id) = 6");
        long typed = DatabaseSupport.count("select count(*) from product where sku like 'GEN-%' and product_type_id is not null");
        assertTrue(varying > 0 && varying < typed, varying + " of " + typed + " typed products vary by colour and size");
        assertEquals(typed * 3, DatabaseSupport.count("select count(*) from product_attribute a join product p on p.id = a.product_id"
                + " where p.sku like 'GEN-%'"), "three attribute values per typed product");

        String slug = firstSlug("select p.slug from product p where p.sku like 'GEN-%'"
                + " and (select count(*) from product_variant v where v.product_id = p.id) = 6 order by p.id limit 1");
        JsonObject product = HttpSupport.json(HttpSupport.get("/api/products/" + slug));
        assertEquals(6, product.getJsonArray("variants").size(), product.toString());
        assertEquals(2, product.getJsonArray("options").size());
        assertEquals(3, product.getJsonObject("attributes").size(), product.toString());

        String material = firstSlug("select a.value from product_attribute a join product p on p.id = a.product_id"
                + " where p.sku like 'GEN-%' and a.code = 'material' group by a.value order by count(*) desc limit 1");
        long withMaterial = DatabaseSupport.count("select count(*) from product_attribute a join product p on p.id = a.product_id"
                + " where p.sku like 'GEN-%' and a.code = 'material' and a.value = ?", material);
        JsonObject hits = HttpSupport.json(HttpSupport.get("/api/search?category=generated&attr.material="
                + java.net.URLEncoder.encode(material, StandardCharsets.UTF_8) + "&size=5"));
        assertEquals(withMaterial, hits.getJsonNumber("total").longValue(), "the attribute filter finds exactly those");

        generate("--products", "50");
        assertEquals(450, DatabaseSupport.count("select count(*) from product where sku like 'GEN-%'"), "a re-run adds after the last");
    }

    private static String firstSlug(String sql) throws SQLException {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    @AfterAll
    static void removeWhatWasGenerated() throws SQLException {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from product where sku like 'GEN-%'");
            s.executeUpdate("delete from category where slug like 'generated-%'");
            s.executeUpdate("delete from category where slug = 'generated'");
            s.executeUpdate("delete from product_type where slug like 'generated-%'");
        }
    }
}
