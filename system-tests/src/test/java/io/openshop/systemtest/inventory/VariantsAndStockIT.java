package io.openshop.systemtest.inventory;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.openshop.systemtest.support.HttpSupport.get;
import static io.openshop.systemtest.support.HttpSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options, variants, their prices and stock, through the API and in the database's own rules. */
@ExtendWith(SharedDeployment.class)
class VariantsAndStockIT {

    private static List<JsonObject> variants(String slug, String currency) throws Exception {
        return json(get("/api/products/" + slug + (currency == null ? "" : "?currency=" + currency)))
                .getJsonArray("variants").getValuesAs(JsonObject.class);
    }

    private static JsonObject variant(List<JsonObject> variants, String colour, String size) {
        return variants.stream().filter(v -> colour.equals(v.getJsonObject("options").getString("colour"))
                && size.equals(v.getJsonObject("options").getString("size"))).findFirst().orElseThrow();
    }

    @Test
    void twoColoursAndThreeSizesMakeSixVariantsEachWithItsOwnSku() throws Exception {
        JsonObject tee = json(get("/api/products/organic-cotton-t-shirt"));
        assertEquals(List.of("colour", "size"), tee.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code")).toList());
        List<JsonObject> variants = tee.getJsonArray("variants").getValuesAs(JsonObject.class);
        assertEquals(6, variants.size());
        Set<String> skus = variants.stream().map(v -> v.getString("sku")).collect(Collectors.toSet());
        assertEquals(6, skus.size(), "distinct SKUs " + skus);
        Set<Map<String, String>> combinations = variants.stream().map(v -> v.getJsonObject("options").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString().replace("\"", ""))))
                .collect(Collectors.toSet());
        assertEquals(6, combinations.size(), "every combination once");
    }

    @Test
    void aVariantsOwnPriceShowsInItsCurrencyAndAListPriceCoversAllVariants() throws Exception {
        List<JsonObject> eur = variants("merino-wool-crew-sweater", null);
        assertEquals(4, eur.size());
        // The sweater is in the apparel sale (a EUR price list), so every size has the sale price.
        Set<BigDecimal> eurPrices = eur.stream().map(v -> v.getJsonObject("price").getJsonNumber("amount").bigDecimalValue())
                .collect(Collectors.toSet());
        assertEquals(1, eurPrices.size(), "one sale price for every size: " + eurPrices);
        // Outside the sale, the T-shirt's navy variants carry their own EUR price; the check reads it from the database.
        long navyOverrides = DatabaseSupport.count("select count(*) from product_variant where sku like 'APP-TSH-001-NAVY-%'"
                + " and price_amount = 26.99");
        assertEquals(3, navyOverrides);
    }

    @Test
    void stockStatusFollowsWhatTheWarehousesHold() throws Exception {
        List<JsonObject> tee = variants("organic-cotton-t-shirt", null);
        assertEquals("OUT_OF_STOCK", variant(tee, "White", "S").getString("stock"));
        assertEquals("LOW_STOCK", variant(tee, "Navy", "M").getString("stock"));
        for (JsonObject v : tee) {
            long available = DatabaseSupport.count("select coalesce(sum(s.on_hand - s.reserved), 0) from stock_level s"
                    + " join product_variant pv on pv.id = s.variant_id where pv.sku = ?", v.getString("sku"));
            String expected = available <= 0 ? "OUT_OF_STOCK" : available <= 5 ? "LOW_STOCK" : "IN_STOCK";
            assertEquals(expected, v.getString("stock"), v.getString("sku") + " with " + available + " available");
        }
        assertEquals(2, DatabaseSupport.count("select count(*) from warehouse"), "two warehouses in the demo");
    }

    @Test
    void aVariantSkuLeadsToItsProduct() throws Exception {
        assertEquals("organic-cotton-t-shirt", json(get("/api/search?q=APP-TSH-001-NAVY-L")).getString("exactMatch"));
    }

    @Test
    void theDatabaseRefusesNegativeStockOverReservationAndDuplicateSkus() throws Exception {
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update stock_level set on_hand = -1"
                    + " where variant_id = (select id from product_variant where sku = 'APP-TSH-001-NAVY-M') and on_hand >= 0"));
            assertThrows(SQLException.class, () -> s.executeUpdate("update stock_level set reserved = on_hand + 1"
                    + " where variant_id = (select id from product_variant where sku = 'APP-TSH-001-NAVY-M')"));
            assertThrows(SQLException.class, () -> s.executeUpdate("update product_variant set sku = 'APP-TSH-001-NAVY-L'"
                    + " where sku = 'APP-TSH-001-NAVY-M'"));
        }
        assertEquals("LOW_STOCK", variant(variants("organic-cotton-t-shirt", null), "Navy", "M").getString("stock"),
                "nothing changed");
    }

    @Test
    void everyProductHasAtLeastOneVariant() throws Exception {
        assertEquals(0, DatabaseSupport.count("select count(*) from product p where not exists"
                + " (select 1 from product_variant v where v.product_id = p.id)"));
        List<JsonObject> single = variants("bamboo-cutting-board-set", null);
        assertEquals(1, single.size());
        assertTrue(single.get(0).getJsonObject("options").isEmpty());
        assertFalse(single.get(0).getString("sku").isBlank());
    }
}
