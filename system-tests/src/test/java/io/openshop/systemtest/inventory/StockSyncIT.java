package io.openshop.systemtest.inventory;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stock synchronisation an ERP or warehouse system sends (POST /api/admin/inventory/sync):
 * per-line results where a refused line (an unknown SKU or warehouse, a count below the units
 * reserved for an order, neither or both of set and adjust) leaves the others applied; every
 * change a SYNCED movement; idempotent by key under retries, concurrent ones included; the same
 * key with other lines refused; only the stock roles may send it.
 */
@ExtendWith(SharedDeployment.class)
class StockSyncIT {

    private static HttpResponse<String> sync(String token, String key, JsonArrayBuilder lines) throws Exception {
        return sync(token, key, lines.build());
    }

    private static HttpResponse<String> sync(String token, String key, JsonArray lines) throws Exception {
        String body = Json.createObjectBuilder().add("lines", lines).build().toString();
        return key == null
                ? HttpSupport.send("POST", "/api/admin/inventory/sync", body, "Authorization", "Bearer " + token)
                : HttpSupport.send("POST", "/api/admin/inventory/sync", body, "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    private static JsonObject line(String sku, String warehouse, String operation, int quantity) {
        return Json.createObjectBuilder().add("sku", sku).add("warehouse", warehouse).add(operation, quantity).build();
    }

    private static List<String> statuses(JsonObject answer) {
        return answer.getJsonArray("results").stream().map(JsonValue::asJsonObject).map(r -> r.getString("status")).toList();
    }

    private static long onHand(String sku, String warehouse) throws Exception {
        return DatabaseSupport.count("select s.on_hand from stock_level s join product_variant v on v.id = s.variant_id"
                + " join warehouse w on w.id = s.warehouse_id where v.sku = ? and w.code = ?", sku, warehouse);
    }

    private static long syncedMovements(String sku) throws Exception {
        return DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.reason = 'SYNCED'", sku);
    }

    @Test
    void eachLineKeepsTheStockRulesAndARetryChangesNothing() throws Exception {
        String reservedSku = CommerceSupport.newSkuWithStock("5.00", 10);
        String other = CommerceSupport.newSkuWithStock("6.00", 1);
        String warehouse = CommerceSupport.text("select w.code from stock_level s join warehouse w on w.id = s.warehouse_id"
                + " join product_variant v on v.id = s.variant_id where v.sku = ?", reservedSku);
        WorkflowSupport.place(reservedSku, 3, "sync-" + System.nanoTime() + "@example.org");
        assertEquals(3, CommerceSupport.reserved(reservedSku), "an unpaid order holds 3 units");
        String token = SignedUpCustomers.newStaffToken(Roles.FULFILMENT);
        String key = "erp-" + System.nanoTime();
        JsonArray lines = Json.createArrayBuilder()
                .add(line(reservedSku, warehouse, "set", 8))
                .add(line(reservedSku, warehouse, "set", 2))
                .add(line(other, warehouse, "adjust", 5))
                .add(line("NO-SUCH-SKU", warehouse, "set", 1))
                .add(line(other, "NOWHERE", "set", 1))
                .add(line(reservedSku, warehouse, "set", 8))
                .add(Json.createObjectBuilder().add("sku", other).add("warehouse", warehouse).add("set", 1).add("adjust", 1))
                .add(line(other, warehouse, "adjust", -7))
                .build();

        HttpResponse<String> first = sync(token, key, lines);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject answer = HttpSupport.json(first);
        assertFalse(answer.getBoolean("replayed"));
        assertEquals(List.of("APPLIED", "REFUSED", "APPLIED", "REFUSED", "REFUSED", "UNCHANGED", "REFUSED", "REFUSED"), statuses(answer));
        JsonObject set = answer.getJsonArray("results").getJsonObject(0);
        assertEquals(8, set.getInt("onHand"));
        assertEquals(3, set.getInt("reserved"));
        assertEquals(5, set.getInt("available"));
        String belowReserved = answer.getJsonArray("results").getJsonObject(1).getString("problem");
        assertTrue(belowReserved.contains("3 units are reserved"), "the refusal says why: " + belowReserved);
        assertTrue(answer.getJsonArray("results").getJsonObject(3).getString("problem").contains("NO-SUCH-SKU"));
        assertTrue(answer.getJsonArray("results").getJsonObject(4).getString("problem").contains("NOWHERE"));
        assertTrue(answer.getJsonArray("results").getJsonObject(7).getString("problem").contains("must be 0 or more"),
                "an adjustment below zero on hand is refused: " + answer.getJsonArray("results").getJsonObject(7));
        assertEquals(List.of(2, 1, 5), List.of(answer.getInt("applied"), answer.getInt("unchanged"), answer.getInt("refused")), answer.toString());
        assertEquals(8, onHand(reservedSku, warehouse));
        assertEquals(3, CommerceSupport.reserved(reservedSku), "the reservation is untouched");
        assertEquals(6, onHand(other, warehouse));
        assertEquals(1, syncedMovements(reservedSku), "one movement for the one change");
        assertEquals(1, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.reason = 'SYNCED' and m.note like ?", other, "%" + key + "%"), "the movement names the synchronisation");

        // the same request again (the ERP did not see the answer): the same results, nothing changes
        HttpResponse<String> retry = sync(token, key, lines);
        assertEquals(200, retry.statusCode(), retry.body());
        JsonObject again = HttpSupport.json(retry);
        assertTrue(again.getBoolean("replayed"));
        assertEquals(answer.getJsonArray("results"), again.getJsonArray("results"));
        assertEquals(8, onHand(reservedSku, warehouse));
        assertEquals(6, onHand(other, warehouse));
        assertEquals(1, syncedMovements(reservedSku));

        // the same key with other lines is a client's mistake, refused
        HttpResponse<String> reused = sync(token, key, Json.createArrayBuilder().add(line(other, warehouse, "set", 50)));
        assertEquals(400, reused.statusCode(), reused.body());
        assertTrue(HttpSupport.json(reused).getJsonObject("errors").containsKey("Idempotency-Key"), reused.body());
        assertEquals(6, onHand(other, warehouse));
    }

    @Test
    void concurrentRetriesOfOneRequestApplyItOnce() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("4.00", 2);
        String warehouse = CommerceSupport.text("select w.code from stock_level s join warehouse w on w.id = s.warehouse_id"
                + " join product_variant v on v.id = s.variant_id where v.sku = ?", sku);
        String token = SignedUpCustomers.newStaffToken(Roles.CATALOG_MANAGER);
        String key = "erp-burst-" + System.nanoTime();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return sync(token, key, Json.createArrayBuilder().add(line(sku, warehouse, "adjust", 5)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        int replayed = 0;
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            HttpResponse<String> response = answer.join();
            assertEquals(200, response.statusCode(), response.body());
            JsonObject body = HttpSupport.json(response);
            assertEquals(List.of("APPLIED"), statuses(body));
            assertEquals(7, body.getJsonArray("results").getJsonObject(0).getInt("onHand"), "every answer is the one result");
            replayed += body.getBoolean("replayed") ? 1 : 0;
        }
        assertEquals(5, replayed, "one applied, five answered from it");
        assertEquals(7, onHand(sku, warehouse), "2 + 5, once");
        assertEquals(1, syncedMovements(sku));
    }

    @Test
    void onlyTheStockRolesSynchroniseAndAKeyAndLinesAreRequired() throws Exception {
        String support = SignedUpCustomers.newStaffToken(Roles.SUPPORT);
        String sku = CommerceSupport.newSkuWithStock("4.00", 2);
        String warehouse = CommerceSupport.text("select code from warehouse order by id limit 1");
        assertEquals(403, sync(support, "k-" + System.nanoTime(), Json.createArrayBuilder().add(line(sku, warehouse, "set", 9))).statusCode());
        String fulfilment = SignedUpCustomers.newStaffToken(Roles.FULFILMENT);
        HttpResponse<String> noKey = sync(fulfilment, null, Json.createArrayBuilder().add(line(sku, warehouse, "set", 9)));
        assertEquals(400, noKey.statusCode());
        assertTrue(HttpSupport.json(noKey).getJsonObject("errors").containsKey("Idempotency-Key"), noKey.body());
        HttpResponse<String> noLines = sync(fulfilment, "k-" + System.nanoTime(), Json.createArrayBuilder());
        assertEquals(400, noLines.statusCode());
        assertTrue(HttpSupport.json(noLines).getJsonObject("errors").containsKey("lines"), noLines.body());
        assertEquals(0, syncedMovements(sku), "nothing changed");
    }
}
