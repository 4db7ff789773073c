package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.openshop.systemtest.support.HttpSupport.contentType;
import static io.openshop.systemtest.support.HttpSupport.get;
import static io.openshop.systemtest.support.HttpSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search on PostgreSQL through the API: typos, SKUs, facets that agree with the hits, stable keyset pages. */
@ExtendWith(SharedDeployment.class)
class CatalogSearchIT {

    private static JsonObject search(String query) throws Exception {
        HttpResponse<String> response = get("/api/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }

    @ParameterizedTest
    @CsvSource({"tshrt, Organic Cotton T-Shirt", "t-shirt, Organic Cotton T-Shirt", "merino sweter, Merino Wool Crew Sweater",
            "hiking boots, Waterproof Hiking Boots", "chargr, USB-C Fast Charger 65 W"})
    void findsProductsDespiteTyposWithTheBestMatchFirst(String words, String expectedFirst) throws Exception {
        List<String> hits = names(search("q=" + enc(words)));
        assertFalse(hits.isEmpty(), "no hits for " + words);
        assertEquals(expectedFirst, hits.get(0), "hits for '" + words + "': " + hits);
    }

    @Test
    void nameMattersMoreThanDescription() throws Exception {
        // "cotton" is in the names of some products and only in the descriptions of others.
        List<String> hits = names(search("q=cotton&size=50"));
        int lastNameHit = -1;
        int firstDescriptionOnly = Integer.MAX_VALUE;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).toLowerCase().contains("cotton")) {
                lastNameHit = i;
            } else {
                firstDescriptionOnly = Math.min(firstDescriptionOnly, i);
            }
        }
        assertTrue(firstDescriptionOnly < Integer.MAX_VALUE, "some hits only in the description: " + hits);
        assertTrue(lastNameHit < firstDescriptionOnly, "name hits rank above description hits: " + hits);
    }

    @Test
    void anExactSkuLeadsToItsProduct() throws Exception {
        assertEquals("organic-cotton-t-shirt", search("q=APP-TSH-001").getString("exactMatch"));
        assertEquals("organic-cotton-t-shirt", search("q=" + enc(" app-tsh-001 ")).getString("exactMatch"));
        assertFalse(search("q=cotton").containsKey("exactMatch"));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "q=cotton", "category=apparel", "q=boots&category=footwear", "q=waterproof",
            "category=apparel&attr.material=Cotton", "category=footwear&attr.waterproof=true&attr.upper=Leather"}, emptyValue = "")
    void facetCountsEqualTheHitsTheyLeadTo(String query) throws Exception {
        JsonObject all = search(query + "&size=1");
        long total = all.getJsonNumber("total").longValue();
        assertTrue(total > 0, "hits for " + query);
        JsonArray prices = all.getJsonObject("facets").getJsonArray("prices");
        long sum = 0;
        for (JsonObject band : prices.getValuesAs(JsonObject.class)) {
            long count = band.getJsonNumber("count").longValue();
            sum += count;
            assertEquals(count, search(query + "&size=1&price=" + enc(band.getString("key"))).getJsonNumber("total").longValue(),
                    "price band " + band.getString("key") + " for " + query);
        }
        assertEquals(total, sum, "every hit is in exactly one price band");
        for (JsonObject attribute : all.getJsonObject("facets").getJsonArray("attributes").getValuesAs(JsonObject.class)) {
            for (JsonObject value : attribute.getJsonArray("values").getValuesAs(JsonObject.class)) {
                // Choosing a value replaces any value of the same attribute already chosen.
                String others = query.replaceAll("&?attr\\." + attribute.getString("code") + "=[^&]*", "");
                String filter = "&attr." + attribute.getString("code") + "=" + enc(value.getString("key"));
                assertEquals(value.getJsonNumber("count").longValue(),
                        search(others + "&size=1" + filter).getJsonNumber("total").longValue(),
                        "attribute " + attribute.getString("code") + "=" + value.getString("key") + " for " + query);
            }
        }
        for (JsonObject category : all.getJsonObject("facets").getJsonArray("categories").getValuesAs(JsonObject.class)) {
            String narrowed = query.replaceAll("&?category=[a-z-]+", "") + "&category=" + category.getString("key");
            assertEquals(category.getJsonNumber("count").longValue(), search(narrowed + "&size=1").getJsonNumber("total").longValue(),
                    "category " + category.getString("key") + " for " + query);
        }
    }

    @Test
    void aCategoryIncludesItsSubcategoriesAndOffersThemAsFacets() throws Exception {
        JsonObject footwear = search("category=footwear&size=100");
        assertEquals(DatabaseSupport.countInSubtree("footwear"), footwear.getJsonNumber("total").longValue());
        List<String> facetKeys = footwear.getJsonObject("facets").getJsonArray("categories").getValuesAs(JsonObject.class)
                .stream().map(f -> f.getString("key")).toList();
        assertEquals(List.of("boots"), facetKeys, "the categories one level below footwear");
    }

    @ParameterizedTest
    @CsvSource({"price-asc", "price-desc", "newest"})
    void pagesFollowTheOrderWithoutGapsOrRepeats(String sort) throws Exception {
        long total = search("category=apparel&size=1").getJsonNumber("total").longValue();
        List<BigDecimal> prices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = search("category=apparel&size=4&sort=" + sort + (cursor == null ? "" : "&after=" + cursor));
            for (JsonObject p : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertTrue(seen.add(p.getString("slug")), "seen twice: " + p.getString("slug"));
                prices.add(p.getJsonObject("price").getJsonNumber("amount").bigDecimalValue());
            }
            cursor = page.containsKey("next") ? page.getString("next") : null;
            assertTrue(++pages < 50, "pagination ends");
        } while (cursor != null);
        assertEquals(total, seen.size(), "every hit on exactly one page");
        for (int i = 1; i < prices.size(); i++) {
            int cmp = prices.get(i - 1).compareTo(prices.get(i));
            if ("price-asc".equals(sort)) {
                assertTrue(cmp <= 0, "ascending prices: " + prices);
            } else if ("price-desc".equals(sort)) {
                assertTrue(cmp >= 0, "descending prices: " + prices);
            }
        }
    }

    @Test
    void aPageStaysStableWhileProductsAreAdded() throws Exception {
        JsonObject first = search("size=5&sort=newest");
        String cursor = first.getString("next");
        List<String> secondBefore = names(search("size=5&sort=newest&after=" + cursor));
        String token = UUID.randomUUID().toString().substring(0, 8);
        List<String> inserted = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String slug = "stability-test-" + token + "-" + i;
                DatabaseSupport.insertProduct("home-kitchen", slug, "STB-" + token.toUpperCase() + "-" + i, "Stability Test " + token + " " + i, "9.99");
                inserted.add(slug);
            }
            assertEquals(secondBefore, names(search("size=5&sort=newest&after=" + cursor)),
                    "products added at the top do not shift the next page");
            assertTrue(names(search("size=5&sort=newest")).get(0).startsWith("Stability Test " + token), "the new products lead page one");
        } finally {
            for (String slug : inserted) {
                DatabaseSupport.deleteProduct(slug);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"sort=cheapest, sort", "price=1-2, price", "after=bm90LWEtY3Vyc29y, after", "size=0, size",
            "sort=price-asc&after=bmV3ZXN0fDIwMjYtMDEtMDEgMDA6MDA6MDArMDB8MQ, after"})
    void refusesMalformedParametersWithAProblem(String query, String field) throws Exception {
        HttpResponse<String> response = get("/api/search?" + query);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/problem+json"));
        assertTrue(json(response).getJsonObject("errors").containsKey(field), response.body());
    }

    @Test
    void attributeFiltersNarrowTheHitsAndTheDatabaseChecksAttributeValues() throws Exception {
        JsonObject cotton = search("category=apparel&attr.material=Cotton&size=100");
        assertEquals(DatabaseSupport.count("select count(*) from product_attribute where code = 'material' and value = 'Cotton'"),
                cotton.getJsonNumber("total").longValue());
        HttpResponse<String> unknown = get("/api/search?attr.colour=red");
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).getJsonObject("errors").containsKey("attr.colour"), unknown.body());
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("update product_attribute set value = 'Silk'"
                    + " where code = 'material' and product_id = (select id from product where slug = 'organic-cotton-t-shirt')"));
            assertTrue(e.getMessage().contains("does not allow"), e.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("update product_attribute set value = 'maybe'"
                    + " where code = 'waterproof' and product_id = (select id from product where slug = 'waterproof-hiking-boots')"));
        }
        assertEquals("Cotton", json(get("/api/products/organic-cotton-t-shirt")).getJsonObject("attributes").getString("material"));
    }

    @Test
    void anOverlongQueryAndAnUnknownCategoryAreRefused() throws Exception {
        assertEquals(400, get("/api/search?q=" + "a".repeat(201)).statusCode());
        assertEquals(404, get("/api/search?category=no-such-category").statusCode());
    }

    @Test
    void searchTextIsDataNeverSql() throws Exception {
        long before = DatabaseSupport.count("select count(*) from product");
        for (String probe : List.of("'; drop table product; --", "' or '1'='1", "\\\" or 1=1 --", "%' union select null--")) {
            HttpResponse<String> response = get("/api/search?q=" + enc(probe));
            assertEquals(200, response.statusCode(), probe + ": " + response.body());
            assertTrue(json(response).getJsonNumber("total").longValue() < before,
                    "a probe that became SQL would match everything: " + probe);
        }
        assertEquals(before, DatabaseSupport.count("select count(*) from product"));
    }

    @Test
    void theDatabaseRefusesACategoryCycle() throws Exception {
        assertEquals(1, DatabaseSupport.count("select count(*) from category c join category p on c.parent_id = p.id"
                + " where c.slug = 'boots' and p.slug = 'footwear'"), "boots lies under footwear");
        try (Connection c = DatabaseSupport.connect(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update category set parent_id = (select id from category where slug = 'boots') where slug = 'footwear'"));
            assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        }
        assertEquals(0, DatabaseSupport.count("select count(*) from category where slug = 'footwear' and parent_id is not null"));
    }
}
