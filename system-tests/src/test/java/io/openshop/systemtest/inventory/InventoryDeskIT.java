package io.openshop.systemtest.inventory;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.MailSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WorkflowSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stock desk's API on the real server and database: every change to a stock level (checkout,
 * cancellation, the workflow's commit when paid, a staff adjustment) is a movement naming the
 * order and who made it; adjustments follow their rules and a refused one changes nothing; the
 * roles are checked; and adjustments racing checkouts for the same units never oversell.
 */
@ExtendWith(SharedDeployment.class)
class InventoryDeskIT {

    private static HttpResponse<String> adjust(String token, String sku, JsonObjectBuilder body) throws Exception {
        return StaffSupport.as(token, "POST", "/api/admin/inventory/" + sku + "/adjustments", body.build().toString());
    }

    private static JsonObjectBuilder adjustment(String warehouse, String reason, int quantity) {
        return Json.createObjectBuilder().add("warehouse", warehouse).add("reason", reason).add("quantity", quantity);
    }

    private static String warehouseOf(String sku) throws Exception {
        return CommerceSupport.text("select w.code from stock_level s join warehouse w on w.id = s.warehouse_id"
                + " join product_variant v on v.id = s.variant_id where v.sku = ? order by w.priority desc, w.id limit 1", sku);
    }

    private static JsonArray movements(String token, String sku) throws Exception {
        HttpResponse<String> page = StaffSupport.as(token, "GET", "/api/admin/inventory/" + sku + "/movements?size=100", null);
        assertEquals(200, page.statusCode(), page.body());
        return HttpSupport.json(page).getJsonArray("items");
    }

    private static String describe(JsonObject m) {
        return m.getString("kind") + (m.getString("reason", null) == null ? "" : "/" + m.getString("reason")) + " "
                + m.getInt("quantity") + " " + m.getString("actor") + " " + m.getString("reference", "-");
    }

    @Test
    void everyStockChangeIsAMovementWithItsOrderAndWhoMadeIt() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.00", 10);
        String warehouse = warehouseOf(sku);
        String email = "movements-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        String cancelled = WorkflowSupport.place(sku, 2, email);
        assertEquals(200, HttpSupport.send("POST", "/api/orders/" + cancelled + "/cancel?email=" + email, null).statusCode());
        String paid = WorkflowSupport.place(sku, 3, email);
        assertEquals(200, WorkflowSupport.capture(paid, StaffSupport.adminToken(), CommerceSupport.newKey()).statusCode());
        MailSupport.awaitSql(60, () -> DatabaseSupport.count("select count(*) from stock_movement m join product_variant v"
                + " on v.id = m.variant_id where v.sku = ? and m.kind = 'COMMITTED'", sku) == 1);

        String fulfilment = SignedUpCustomers.newStaff(Roles.FULFILMENT);
        String token = StaffSupport.token(fulfilment, TestSettings.adminPassword());
        HttpResponse<String> received = adjust(token, sku, adjustment(warehouse, "RECEIVED", 5).add("note", "delivery note DN-17"));
        assertEquals(200, received.statusCode(), received.body());
        JsonObject stock = HttpSupport.json(received);
        assertEquals(12, stock.getInt("onHand"), "10 - 3 shipped out of stock + 5 received");
        assertEquals(0, stock.getInt("reserved"));
        assertEquals(12, stock.getInt("available"));

        JsonArray history = movements(token, sku);
        List<String> seen = history.getValuesAs(JsonObject.class).stream().map(InventoryDeskIT::describe).toList();
        assertEquals(List.of("ADJUSTED/RECEIVED 5 " + fulfilment + " -", "COMMITTED 3 shop " + paid, "RESERVED 3 shop " + paid,
                "RELEASED 2 shop " + cancelled, "RESERVED 2 shop " + cancelled), seen, "newest first, a shopper's email never kept");
        JsonObject newest = history.getJsonObject(0);
        assertEquals("delivery note DN-17", newest.getString("note"));
        assertEquals(warehouse, newest.getString("warehouse"));
        assertEquals(12, newest.getInt("onHandAfter"), "the newest movement states the level as it is");
        assertEquals(0, newest.getInt("reservedAfter"));
        assertEquals(CommerceSupport.onHand(sku), newest.getInt("onHandAfter"), "the database agrees");
    }

    @Test
    void adjustmentsFollowTheirRulesAndARefusedOneChangesNothing() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.00", 4);
        String warehouse = warehouseOf(sku);
        WorkflowSupport.place(sku, 3, "rules-" + Long.toString(System.nanoTime(), 36) + "@example.org");
        String token = SignedUpCustomers.newStaffToken(Roles.FULFILMENT);

        record Refusal(JsonObjectBuilder body, String field) {
        }
        List<Refusal> refusals = List.of(
                new Refusal(adjustment(warehouse, "DAMAGED", 2), "quantity"),
                new Refusal(adjustment(warehouse, "COUNTED", 2), "quantity"),
                new Refusal(adjustment(warehouse, "RECEIVED", 0), "quantity"),
                new Refusal(adjustment(warehouse, "STOLEN", 1), "reason"),
                new Refusal(adjustment("no-such-warehouse", "RECEIVED", 1), "warehouse"),
                new Refusal(adjustment(warehouse, "RECEIVED", 1).add("note", "a\u0000b"), "note"),
                new Refusal(Json.createObjectBuilder().add("warehouse", warehouse).add("reason", "RECEIVED"), "quantity"));
        for (Refusal refusal : refusals) {
            HttpResponse<String> answer = adjust(token, sku, refusal.body());
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(HttpSupport.contentType(answer).startsWith("application/problem+json"), answer.body());
            assertTrue(answer.body().contains("\"" + refusal.field() + "\""), "the problem names " + refusal.field() + ": " + answer.body());
        }
        assertEquals(404, adjust(token, "NO-SUCH-SKU-1", adjustment(warehouse, "RECEIVED", 1)).statusCode());
        assertEquals(4, CommerceSupport.onHand(sku), "nothing refused changed the level");
        assertEquals(3, CommerceSupport.reserved(sku));
        assertEquals(0, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = ? and m.kind = 'ADJUSTED'", sku), "nor was recorded");

        HttpResponse<String> damaged = adjust(token, sku, adjustment(warehouse, "DAMAGED", 1));
        assertEquals(200, damaged.statusCode(), damaged.body());
        assertEquals(0, HttpSupport.json(damaged).getInt("available"), "down to what is reserved is allowed");
        HttpResponse<String> low = StaffSupport.as(token, "GET", "/api/admin/inventory/low-stock?size=100", null);
        assertEquals(200, low.statusCode(), low.body());
        assertTrue(low.body().contains("\"sku\":\"" + sku + "\""), "the empty level heads the low-stock list: " + low.body());
        assertTrue(HttpSupport.json(low).getJsonArray("items").getJsonObject(0).getInt("available") <= 0, "fewest first: " + low.body());
    }

    @Test
    void onlyTheRolesThatLookAfterStockMayUseTheDesk() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.00", 4);
        String path = "/api/admin/inventory/" + sku;
        assertEquals(401, HttpSupport.get(path).statusCode());
        for (String denied : List.of(SignedUpCustomers.newStaffToken(Roles.SUPPORT),
                SignedUpCustomers.newCustomer("stock-snoop").token())) {
            assertEquals(403, StaffSupport.as(denied, "GET", path, null).statusCode());
            assertEquals(403, adjust(denied, sku, adjustment(warehouseOf(sku), "RECEIVED", 1)).statusCode());
        }
        for (String role : List.of(Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.ADMIN)) {
            String token = Roles.ADMIN.equals(role) ? StaffSupport.adminToken() : SignedUpCustomers.newStaffToken(role);
            HttpResponse<String> answer = StaffSupport.as(token, "GET", path, null);
            assertEquals(200, answer.statusCode(), role + ": " + answer.body());
            assertEquals(4, HttpSupport.json(answer).getInt("available"));
        }
        assertEquals(4, CommerceSupport.onHand(sku), "no denied adjustment went through");
    }

    /** Ten units; ten staff write off one unit each while ten shoppers buy one each, all at once. */
    @Test
    void adjustmentsRacingCheckoutsNeverOversell() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("9.00", 10);
        String warehouse = warehouseOf(sku);
        String token = SignedUpCustomers.newStaffToken(Roles.FULFILMENT);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bodies.add(CommerceSupport.checkout(CommerceSupport.cartWith(sku, 1), "race" + i + "@example.org", null).build().toString());
        }
        List<CompletableFuture<HttpResponse<String>>> checkouts = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> writeOffs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            checkouts.add(CommerceSupport.checkoutAsync(bodies.get(i), CommerceSupport.newKey()));
            writeOffs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return adjust(token, sku, adjustment(warehouse, "DAMAGED", 1));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        int placed = 0;
        for (CompletableFuture<HttpResponse<String>> c : checkouts) {
            int status = c.join().statusCode();
            assertTrue(status == 201 || status == 409, "placed or out of stock, nothing else: " + status);
            placed += status == 201 ? 1 : 0;
        }
        int writtenOff = 0;
        for (CompletableFuture<HttpResponse<String>> w : writeOffs) {
            HttpResponse<String> answer = w.join();
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, "done or refused clearly: " + answer.body());
            writtenOff += answer.statusCode() == 200 ? 1 : 0;
        }
        assertEquals(10, placed + writtenOff, "every unit went exactly once: " + placed + " sold, " + writtenOff + " written off");
        assertEquals(10 - writtenOff, CommerceSupport.onHand(sku));
        assertEquals(placed, CommerceSupport.reserved(sku));
        assertEquals(writtenOff, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v"
                + " on v.id = m.variant_id where v.sku = ? and m.kind = 'ADJUSTED'", sku));
        assertEquals(placed, DatabaseSupport.count("select count(*) from stock_movement m join product_variant v"
                + " on v.id = m.variant_id where v.sku = ? and m.kind = 'RESERVED'", sku));
    }
}
