package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Set;

import static io.openshop.systemtest.support.HttpSupport.contentType;
import static io.openshop.systemtest.support.HttpSupport.get;
import static io.openshop.systemtest.support.HttpSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API and the MicroProfile endpoints, called over HTTP as any client would. */
@ExtendWith(SharedDeployment.class)
class ProductApiIT {

    @Test
    void listsProductsAsPagedJson() throws Exception {
        HttpResponse<String> response = get("/api/products?page=0&size=5");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonObject page = json(response);
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(DatabaseSupport.count("select count(*) from product where status = 'PUBLISHED'"), page.getJsonNumber("total").longValue(),
                "every published product, and only those");
        assertTrue(page.getBoolean("hasNext"));
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertEquals("EUR", first.getJsonObject("price").getString("currency"));
        assertTrue(first.getJsonObject("price").getJsonNumber("amount").bigDecimalValue().compareTo(BigDecimal.ZERO) >= 0);
        assertFalse(first.containsKey("id"), "database ids stay inside");
        assertFalse(first.containsKey("version"), "entity versions stay inside");
    }

    @Test
    void filtersByCategory() throws Exception {
        JsonObject page = json(get("/api/products?category=footwear&size=100"));
        long inFootwear = DatabaseSupport.countInSubtree("footwear");
        assertTrue(inFootwear > DatabaseSupport.count("select count(*) from product p join category c on c.id = p.category_id"
                + " where c.slug = 'footwear'"), "the demo data has footwear in a subcategory");
        assertEquals(inFootwear, page.getJsonNumber("total").longValue(), "the category's whole subtree");
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(p -> assertTrue(Set.of("footwear", "boots").contains(p.getJsonObject("category").getString("slug"))));
    }

    @ParameterizedTest
    @CsvSource({"page=-1, page", "page=abc, page", "size=0, size", "size=101, size", "size=1e3, size"})
    void refusesBadPagingWithAProblem(String query, String field) throws Exception {
        HttpResponse<String> response = get("/api/products?" + query);
        assertEquals(400, response.statusCode());
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        JsonObject problem = json(response);
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getJsonObject("errors").containsKey(field), response.body());
        assertFalse(response.body().contains("Exception"), "no exception class names in answers");
    }

    @Test
    void returnsOneProductBySlug() throws Exception {
        String slug = json(get("/api/products?size=1")).getJsonArray("items").getJsonObject(0).getString("slug");
        HttpResponse<String> response = get("/api/products/" + slug);
        assertEquals(200, response.statusCode());
        assertEquals(slug, json(response).getString("slug"));
    }

    @ParameterizedTest
    @CsvSource({"/api/products/no-such-product", "/api/products/NOT%20A%20SLUG", "/api/products?category=no-such-category", "/api/nothing-here"})
    void answersMissingThingsWith404Problems(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(404, response.statusCode());
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        assertEquals(404, json(response).getInt("status"));
    }

    @Test
    void listsCategories() throws Exception {
        HttpResponse<String> response = get("/api/categories");
        assertEquals(200, response.statusCode());
        assertEquals(DatabaseSupport.count("select count(*) from category"), (long) response.body().split("\"slug\"").length - 1);
    }

    @Test
    void describesItselfInOpenApi() throws Exception {
        HttpResponse<String> response = get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/products/{slug}"), "OpenAPI names the product path");
        assertTrue(response.body().contains("application/problem+json"), "OpenAPI documents the problem responses");
    }

    @Test
    void describesEveryErrorAsAProblem() throws Exception {
        HttpResponse<String> response = get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject document = json(response);
        int errors = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (!operation.getValue().getValueType().equals(jakarta.json.JsonValue.ValueType.OBJECT)
                        || !operation.getValue().asJsonObject().containsKey("responses")) {
                    continue;
                }
                for (var answer : operation.getValue().asJsonObject().getJsonObject("responses").entrySet()) {
                    if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                        errors++;
                        String where = operation.getKey() + " " + path.getKey() + " " + answer.getKey();
                        JsonObject content = answer.getValue().asJsonObject().getJsonObject("content");
                        assertEquals(Set.of("application/problem+json"), content.keySet(), where);
                        assertEquals("#/components/schemas/Problem",
                                content.getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"), where);
                    }
                }
            }
        }
        assertTrue(errors > 50, "the API documents its error answers: " + errors);
        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(Set.of("type", "title", "status", "detail", "errors")),
                problem.toString());
    }

    @Test
    void isReadyAndCountsItsWork() throws Exception {
        HttpResponse<String> health = get("/health/ready");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\""), health.body());

        get("/api/products?size=1");
        HttpResponse<String> metrics = HttpSupport.metrics("?scope=application");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("catalog_product_listings_total") && !l.endsWith(" 0.0")),
                metrics.body());
    }
}
